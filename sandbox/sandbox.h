// Sandbox: run one untrusted command under a Policy, return what happened. Mechanism only;
// never includes judge/. The theory of operation is at the top of sandbox.cpp.
#pragma once

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
  std::string stdout_data;                // at most limits.stdout_bytes
  std::string stderr_data;                // at most limits.stderr_bytes
  bool stderr_truncated = false;
  std::string blocked_syscall;            // e.g. "socket" when kBlockedSyscall
  std::vector<std::string> missing_layers;  // empty when fully sandboxed
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
};
std::vector<LayerStatus> ProbeHost();

const char* TerminationName(Termination t);

}  // namespace sandbox
