// Per-box control groups: one interface, a v1 backend (memory + pids + cpuacct hierarchies) and
// a v2 backend (one unified group), chosen once per process by probing /proc/self/mountinfo.
// Box groups live under the judge's own groups as <own>/judge/<judge pid>-<n>, so a later judge
// can find and remove the groups of a judge that died (RemoveStaleGroups).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/result.h"

namespace sandbox::internal {

enum class CgroupVersion { kNone, kV1, kV2 };

// What the host offers; empty dir = controller unavailable. Dirs are the judge's "judge" parent
// directories (<mount>/<own group>/judge), created on first use.
struct CgroupHost {
  CgroupVersion version = CgroupVersion::kNone;
  std::string memory_parent;
  std::string pids_parent;
  std::string cpu_parent;
  std::string detail;  // what was probed, for ProbeHost / error messages
  bool delegated = false;  // a judge without root was given this hierarchy (systemd Delegate=yes)
};

const CgroupHost& ProbeCgroups();

// What decides whether a judge without root may use its own cgroup2 group.
struct V2Facts {
  std::string own;          // the group's directory
  std::string controllers;  // its cgroup.controllers
  uid_t owner = 0;          // owner of the directory
  bool procs_writable = false;
  bool subtree_writable = false;
};
// Empty when `uid` may create box groups with memory and pids below the group; else why not.
std::string V2DelegationProblem(const V2Facts& facts, uid_t uid);

// Kills and removes leftover box groups whose judge pid is no longer alive. Once per process.
void RemoveStaleGroups();

// The groups of one box. The destructor kills whatever is left in them and removes them.
class BoxCgroup {
 public:
  struct Usage {
    uint64_t peak_bytes = 0;  // peak charged memory of the run, minus what the box held before
    bool oom_killed = false;  // the OOM killer acted in the group during the run
    bool hit_limit = false;   // the peak reached the limit
  };

  virtual ~BoxCgroup() = default;
  // Creates the groups; nullptr when the host has no cgroup controller at all.
  static Result<std::unique_ptr<BoxCgroup>> Create();

  virtual bool has_memory() const = 0;
  virtual bool has_pids() const = 0;
  virtual bool has_cpu() const = 0;
  // The one migration per box: moves the process (the box init) into every group.
  virtual Result<void> AddProcess(pid_t pid) = 0;
  // Before each run: record baselines, reset the peak, set the limits. `processes` counts the
  // program's tasks; the init's own slot is added here.
  virtual Result<void> PrepareRun(uint64_t memory_bytes, uint32_t processes) = 0;
  // CPU used by the group since PrepareRun, in nanoseconds; nullopt without cpu accounting.
  virtual std::optional<uint64_t> CpuSinceStartNs() = 0;
  // Memory charged by the run now (current usage minus the baseline); nullopt without memory.
  virtual std::optional<uint64_t> MemoryNowBytes() = 0;
  virtual Usage FinishRun() = 0;
};

}  // namespace sandbox::internal
