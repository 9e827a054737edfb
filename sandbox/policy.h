// Policy: what a box may see and use. Value types only; no behaviour.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace sandbox {

// One entry of the box's file-system view. The root itself is always an empty read-only
// tmpfs; every mount here is placed under it. `target` is an absolute path inside the box.
struct Mount {
  enum class Kind { kBind, kTmpfs };
  Kind kind = Kind::kBind;
  std::string source;            // host path (kBind only)
  std::string target;            // absolute path inside the box
  bool writable = false;         // kBind: rw bind; kTmpfs: always writable
  uint64_t size_bytes = 0;       // kTmpfs: size= (0: 16 MiB)
  uint64_t max_inodes = 0;       // kTmpfs: nr_inodes= (0: 64)
};

enum class SeccompProfile {
  kRun,      // the candidate's program: no second exec, no sockets, no ptrace ...
  kCompile,  // the compiler driver: may exec its own tools, still no sockets/ptrace/mount
  // A problem package's scripts (Kattis `build` / `run`, /bin/sh and what it starts): kCompile
  // plus fork (no namespace flags), the whole fcntl and the file-system calls of coreutils;
  // anything else fails with EPERM instead of killing, so a shell probing a call goes on.
  kScript,
  kNone,     // no filter (trusted helpers only; never for candidate code)
};

// Fixed for the life of a box.
struct BoxConfig {
  std::vector<Mount> mounts;     // besides /dev/{null,zero,urandom} and a fresh /tmp per run
  std::string workdir = "/";     // cwd inside the box
  SeccompProfile seccomp = SeccompProfile::kRun;
  uint64_t tmp_size_bytes = 16ull << 20;  // the fresh /tmp of every run
  uint64_t tmp_max_inodes = 64;
  // Lets a host without a layer run anyway (judge --allow-unsandboxed). Whatever is missing is
  // listed in RunResult::missing_layers so reports can say so.
  bool allow_degraded = false;
};

// Where RunRequest::channel_fd appears in the program (fd 3 once carried the seccomp listener
// until exec; the number stays, since node programs are built against it).
inline constexpr int kChannelFd = 4;

// Per run.
struct Limits {
  std::chrono::milliseconds cpu_time{1000};   // user+sys, summed over all threads and processes
  std::chrono::milliseconds wall_time{3000};  // monotonic clock
  uint64_t memory_bytes = 256ull << 20;       // charged memory (cgroup)
  uint64_t stdout_bytes = 64ull << 20;        // captured output cap; more is an output-limit kill
  // Past stdout_bytes, keep the program running and throw the rest of its output away
  // (DOMjudge's runguard --streamsize) instead of the output-limit kill; RunResult says so.
  bool truncate_stdout = false;
  uint64_t stderr_bytes = 64ull << 10;        // stderr cap; more is kept silently truncated
  uint64_t file_size_bytes = 64ull << 20;     // RLIMIT_FSIZE for files written in the box
  uint32_t max_processes = 1;                 // processes+threads (pids cgroup / RLIMIT_NPROC)
  uint32_t max_open_files = 64;               // at most 1023 (0: 1023)
  // Also cap the address space at memory_bytes (RLIMIT_AS), as problemtools does for Kattis
  // packages: an allocation over the limit then fails at once instead of being charged page by
  // page. Without a memory cgroup a looser cap is always on as a backstop (sandbox.cpp).
  bool cap_address_space = false;
};

}  // namespace sandbox
