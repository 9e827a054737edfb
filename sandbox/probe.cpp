// ProbeHost and ProbeMode: which isolation layers this host offers and which mode applies, for
// `judge doctor` and for CreateBox.
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fstream>
#include <seccomp.h>

#include <fmt/format.h>

#include "sandbox/cgroup.h"
#include "sandbox/identity.h"
#include "sandbox/sandbox.h"
#include "sandbox/seccomp.h"

namespace sandbox {
namespace {

bool HasNamespace(const char* name) { return access(fmt::format("/proc/self/ns/{}", name).c_str(), F_OK) == 0; }

LayerStatus Layer(std::string name, bool present, bool mandatory, std::string detail, std::string fallback = "") {
  return LayerStatus{std::move(name), present, mandatory, std::move(detail), std::move(fallback)};
}

bool Rootless() { return internal::ProbeIdentity().kind != internal::IdentityKind::kRoot; }

// The short notes reports print when a fallback measures instead of a cgroup.
std::string MemoryNote() {
  Limits tiny;
  tiny.memory_bytes = 1;
  return fmt::format(
      "memory is the peak resident set (sampled from /proc every 5 ms, and rusage), not cgroup-charged memory: "
      "kernel memory, /tmp files and page cache are not counted, and reservations over {} GiB (half the "
      "machine's memory) fail even untouched",
      AddressSpaceBackstop(tiny) >> 30);
}
constexpr const char* kCpuNote =
    "the CPU limit is enforced on /proc samples every 5 ms (10 ms clock ticks); the CPU time reported is rusage's";

std::string DelegationHint() {
  struct stat st{};
  if (stat(fmt::format("/run/user/{}/systemd", geteuid()).c_str(), &st) == 0) {
    return "; for cgroup accuracy run the judge in a delegated scope: systemd-run --user --scope -p Delegate=yes judge ...";
  }
  return "";
}

}  // namespace

std::vector<LayerStatus> ProbeHost() {
  std::vector<LayerStatus> layers;
  const internal::IdentityHost& identity = internal::ProbeIdentity();
  const bool rootless = Rootless();
  if (!rootless) layers.push_back(Layer("root", true, true, identity.reason));
  if (rootless) {
    const std::string& problem = internal::UsernsProblem();
    layers.push_back(Layer("user namespace", problem.empty(), true, problem.empty() ? identity.detail : problem));
  } else {
    layers.push_back(Layer("user namespace", identity.userns, false, identity.detail));
  }
  const char* kNamespaces[][2] = {{"pid", "pid namespace"}, {"mnt", "mount namespace"}, {"net", "network namespace"},
                                  {"ipc", "ipc namespace"}, {"uts", "uts namespace"}};
  for (const auto& ns : kNamespaces) {
    bool present = HasNamespace(ns[0]);
    layers.push_back(Layer(ns[1], present, true,
                           present ? "available" : fmt::format("kernel lacks CONFIG_{}_NS", ns[0])));
  }
  bool cgroup_ns = HasNamespace("cgroup");
  layers.push_back(Layer("cgroup namespace", cgroup_ns, false, cgroup_ns ? "available" : "kernel lacks CONFIG_CGROUPS ns"));
  bool seccomp = internal::SeccompSupported();
  layers.push_back(Layer("seccomp filter", seccomp, true,
                         seccomp ? "available" : "kernel lacks CONFIG_SECCOMP_FILTER"));
  bool notify = seccomp && seccomp_api_get() >= 5;
  layers.push_back(Layer("seccomp user notification", notify, false,
                         notify ? "blocked calls are named" : "kernel < 5.0: blocked calls kill without a name"));
  bool nnp = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) >= 0;
  layers.push_back(Layer("no_new_privs", nnp, true, nnp ? "available" : "kernel < 3.5"));

  const internal::CgroupHost& cg = internal::ProbeCgroups();
  const char* version = cg.version == internal::CgroupVersion::kV1 ? "v1" : "v2";
  bool memory = cg.version != internal::CgroupVersion::kNone && !cg.memory_parent.empty();
  bool pids = memory && !cg.pids_parent.empty();
  bool cpu = memory && !cg.cpu_parent.empty();
  if (rootless) {
    const std::string none = "no delegated cgroup (" + cg.detail + ")" + DelegationHint();
    layers.push_back(Layer(fmt::format("cgroup memory ({})", memory ? version : "none"), memory, false,
                           memory ? cg.detail : none + "; fallback: " + MemoryNote(), memory ? "" : MemoryNote()));
    layers.push_back(Layer("cgroup pids", pids, false,
                           pids ? "available" : "fallback: RLIMIT_NPROC, counted in the box's own user namespace",
                           pids ? "" : "processes are limited by RLIMIT_NPROC"));
    layers.push_back(Layer("cgroup cpu accounting", cpu, false, cpu ? "available" : std::string("fallback: ") + kCpuNote,
                           cpu ? "" : kCpuNote));
  } else {
    layers.push_back(Layer(fmt::format("cgroup memory ({})", memory ? version : "none"), memory, true,
                           memory ? cg.detail
                                  : cg.detail + "; mount the v1 memory controller or enable memory+pids in cgroup2"));
    layers.push_back(Layer("cgroup pids", pids, false,
                           pids ? "available" : "no pids controller: RLIMIT_NPROC with a per-box uid instead"));
    layers.push_back(Layer("cgroup cpu accounting", cpu, false,
                           cpu ? "available" : "no cpuacct: CPU limit from RLIMIT_CPU per process only"));
  }
  long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  layers.push_back(Layer("landlock", abi > 0, false,
                         abi > 0 ? fmt::format("ABI {}: programs may open for writing only /tmp, writable mounts and "
                                               "/dev/null (not /dev/zero, /dev/urandom)",
                                               abi)
                                 : "not enabled (optional): /dev/zero and /dev/urandom stay writable in the box; "
                                   "add landlock to the kernel's lsm= list"));
  return layers;
}

ModeStatus ProbeMode() {
  ModeStatus status;
  const internal::IdentityHost& identity = internal::ProbeIdentity();
  status.mode = Rootless() ? SandboxMode::kRootless : SandboxMode::kRoot;
  status.reason = identity.reason;
  status.identity = identity.detail;
  const internal::CgroupHost& cg = internal::ProbeCgroups();
  const bool memory = cg.version != internal::CgroupVersion::kNone && !cg.memory_parent.empty();
  const bool cpu = memory && !cg.cpu_parent.empty();
  if (status.mode == SandboxMode::kRoot) {
    status.resources = memory ? "cgroup " + cg.detail : cg.detail;
    return status;
  }
  if (!memory) {
    status.resources = "rlimits, /proc sampling and rusage: no delegated cgroup (" + cg.detail + ")" + DelegationHint();
    status.accuracy = {MemoryNote(), kCpuNote};
    return status;
  }
  status.resources = "cgroup " + cg.detail;
  if (!cpu) status.accuracy = {kCpuNote};
  return status;
}

const char* SandboxModeName(SandboxMode mode) { return mode == SandboxMode::kRoot ? "root" : "rootless"; }

}  // namespace sandbox
