// ProcMeter: CPU time and resident memory of the processes in a box, read from /proc while a run
// goes on, for boxes without cgroup accounting (rootless mode without a delegated cgroup). It
// walks the box init's descendants through /proc/<pid>/task/<pid>/children (CONFIG_PROC_CHILDREN;
// where that file is missing it finds nothing, and the rlimits and the final rusage remain).
// Children started by a thread other than a process's main thread are not seen; the run profile
// starts no processes at all, and g++ starts its tools from its main thread.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace sandbox::internal {

struct ProcSample {
  std::chrono::nanoseconds cpu{0};  // user+system of the live descendants and of the children they reaped
  uint64_t resident_bytes = 0;      // sum of their resident sets
  int processes = 0;
};

// One /proc/<pid>/stat line: adds the process's CPU (utime+stime+cutime+cstime) and resident set
// to `sample`. False if the line cannot be parsed.
bool AddStatLine(std::string_view stat, ProcSample* sample);

class ProcMeter {
 public:
  explicit ProcMeter(pid_t init) : init_(init) {}
  ProcSample Read() const;

 private:
  pid_t init_;
};

}  // namespace sandbox::internal
