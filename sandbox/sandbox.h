// Sandbox: run one untrusted command under a Policy, return what happened. Mechanism only;
// never includes judge/. The theory of operation is at the top of sandbox.cpp.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/policy.h"
#include "sandbox/result.h"

namespace sandbox {

struct RunRequest {
  std::vector<std::string> argv;   // argv[0] is an absolute path inside the box
  std::vector<std::string> env;    // the whole environment ("K=V"); nothing is inherited
  std::string stdin_path;          // host file opened by the judge before the run; "" = /dev/null
  Limits limits;
  // Optional already-open fds (e.g. pipe ends to an interactor) used instead of stdin_path /
  // the stdout capture. Run takes ownership: it closes them once they are in the box (or on
  // failure), so the caller's peer sees EOF when the program exits. With stdout_fd set,
  // RunResult::stdout_data stays empty and limits.stdout_bytes does not apply.
  int stdin_fd = -1;
  int stdout_fd = -1;
  // Optional: a descriptor the program gets as fd kChannelFd (a distributed node's message
  // socket to the judge). Owned by Run like the two above.
  int channel_fd = -1;
  // Stdout still counts against limits.stdout_bytes (over it is an output-limit kill) but none
  // of it is kept: for output nobody reads (a distributed node whose output is not the answer).
  bool discard_stdout = false;
  // Optional: memory the judge holds on the run's behalf (a distributed node's messages waiting
  // in the relay), counted as the run's own. At every tick, charged memory + *held_bytes over
  // limits.memory_bytes is a memory-limit kill, and the reported peak includes the sum. The
  // run publishes its charged memory in *charged_bytes at every tick, so that the holder can
  // check the same sum when it takes more. Both must outlive the run; only used with a memory
  // cgroup.
  const std::atomic<uint64_t>* held_bytes = nullptr;
  std::atomic<uint64_t>* charged_bytes = nullptr;
};


// Why a run ended. The judge side decides kCpuTime/kWallTime/kMemory/kOutput itself (it is the
// one that killed), so a program that SIGKILLs itself is kSignaled, never a limit.
enum class Termination {
  kExited,           // exit_code is set
  kSignaled,         // signal is set (not by the judge)
  kCpuTime,          // killed by the judge: CPU limit
  kWallTime,         // killed by the judge: wall limit
  kMemory,           // charged memory reached the limit (OOM kill in the group)
  kOutput,           // stdout went over stdout_bytes, or a file over file_size_bytes
  kBlockedSyscall,   // seccomp killed it; blocked_syscall names the call
};

struct RunResult {
  Termination termination = Termination::kExited;
  int exit_code = 0;                      // valid when kExited
  int signal = 0;                         // valid when kSignaled (or the signal that ended it)
  std::chrono::microseconds cpu_time{0};  // user+sys over all threads and processes of the run
  std::chrono::microseconds wall_time{0};
  uint64_t memory_bytes = 0;              // peak charged memory of the run
  std::string stdout_data;                // at most limits.stdout_bytes; empty with discard_stdout
  bool stdout_truncated = false;          // more than limits.stdout_bytes was written (kept: the first)
  std::string stderr_data;                // at most limits.stderr_bytes
  bool stderr_truncated = false;
  uint64_t stderr_bytes = 0;              // all it wrote to stderr, kept or not
  std::string blocked_syscall;            // e.g. "socket" when kBlockedSyscall
  std::vector<std::string> missing_layers;  // empty when fully sandboxed
  // What this run's measurements cannot see, one note per fallback in use (rootless mode without
  // a delegated cgroup); empty when cgroups measured it. Reports print them.
  std::vector<std::string> accuracy;
};

// A box: namespaces, root file system, identity and cgroups set up once, then any number of
// runs inside it, each a fresh process with a fresh /tmp. Destroying the box kills everything
// in it and removes what it created on the host.
class Box {
 public:
  virtual ~Box() = default;
  virtual Result<RunResult> Run(const RunRequest& request) = 0;
};

class Sandbox {
 public:
  virtual ~Sandbox() = default;
  virtual Result<std::unique_ptr<Box>> CreateBox(const BoxConfig& config) = 0;
};

// The Linux implementation: namespaces, seccomp, cgroups (v1 or v2, probed), rlimits.
// Fails with kUnavailable when a mandatory layer is missing and config.allow_degraded is false.
std::unique_ptr<Sandbox> MakeLinuxSandbox();

// What this host supports; `judge doctor` prints it.
struct LayerStatus {
  std::string name;      // "pid namespace", "seccomp", "cgroup memory (v1)" ...
  bool present = false;
  bool mandatory = false;
  std::string detail;    // what was found, or how to fix it
  // Absent but replaced by a documented fallback (rootless mode): the short note reports show.
  // Such a layer does not count as missing.
  std::string fallback;
};
std::vector<LayerStatus> ProbeHost();

// Root mode: the judge is root; boxes drop to per-box uids and use the cgroups. Rootless mode:
// anyone else; boxes are built in unprivileged user namespaces, with a delegated cgroup v2
// subtree where there is one, else rlimits, /proc sampling and rusage (see `accuracy`).
enum class SandboxMode { kRoot, kRootless };
struct ModeStatus {
  SandboxMode mode = SandboxMode::kRoot;
  std::string reason;                 // why this mode applies
  std::string identity;               // who the boxes run as
  std::string resources;              // how limits are enforced and measured
  std::vector<std::string> accuracy;  // what measurements cannot see here; empty with cgroups
};
ModeStatus ProbeMode();
const char* SandboxModeName(SandboxMode mode);  // "root" or "rootless"

// RLIMIT_AS of a run without a memory cgroup (unless Limits::cap_address_space): a backstop
// only, at half the machine's memory or more.
uint64_t AddressSpaceBackstop(const Limits& limits);

const char* TerminationName(Termination t);

}  // namespace sandbox
