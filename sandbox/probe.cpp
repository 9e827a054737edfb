// ProbeHost: which isolation layers this host offers, for `judge doctor` and for CreateBox.
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fstream>
#include <seccomp.h>

#include <fmt/format.h>

#include "sandbox/cgroup.h"
#include "sandbox/sandbox.h"
#include "sandbox/seccomp.h"

namespace sandbox {
namespace {

bool HasNamespace(const char* name) { return access(fmt::format("/proc/self/ns/{}", name).c_str(), F_OK) == 0; }

LayerStatus Layer(std::string name, bool present, bool mandatory, std::string detail) {
  return LayerStatus{std::move(name), present, mandatory, std::move(detail)};
}

}  // namespace

std::vector<LayerStatus> ProbeHost() {
  std::vector<LayerStatus> layers;
  const bool root = geteuid() == 0;
  layers.push_back(Layer("root", root, true,
                         root ? "running as root" : "sandbox needs root (mounts, per-box uids, cgroups); run the judge as root"));
  const char* kNamespaces[][2] = {{"pid", "pid namespace"}, {"mnt", "mount namespace"}, {"net", "network namespace"},
                                  {"ipc", "ipc namespace"}, {"uts", "uts namespace"}};
  for (const auto& ns : kNamespaces) {
    bool present = HasNamespace(ns[0]);
    layers.push_back(Layer(ns[1], present, true,
                           present ? "available" : fmt::format("kernel lacks CONFIG_{}_NS", ns[0])));
  }
  bool cgroup_ns = HasNamespace("cgroup");
  layers.push_back(Layer("cgroup namespace", cgroup_ns, false, cgroup_ns ? "available" : "kernel lacks CONFIG_CGROUPS ns"));
  long max_userns = 0;
  std::ifstream("/proc/sys/user/max_user_namespaces") >> max_userns;
  layers.push_back(Layer("user namespace", max_userns > 0, false,
                         max_userns > 0 ? "available (not used: the box drops to a per-box uid instead)"
                                        : "user.max_user_namespaces is 0 (not used by the box)"));
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
  layers.push_back(Layer(fmt::format("cgroup memory ({})", memory ? version : "none"), memory, true,
                         memory ? cg.detail
                                : cg.detail + "; mount the v1 memory controller or enable memory+pids in cgroup2"));
  bool pids = memory && !cg.pids_parent.empty();
  layers.push_back(Layer("cgroup pids", pids, false,
                         pids ? "available" : "no pids controller: RLIMIT_NPROC with a per-box uid instead"));
  bool cpu = memory && !cg.cpu_parent.empty();
  layers.push_back(Layer("cgroup cpu accounting", cpu, false,
                         cpu ? "available" : "no cpuacct: CPU limit from RLIMIT_CPU per process only"));
  long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  layers.push_back(Layer("landlock", abi > 0, false,
                         abi > 0 ? fmt::format("ABI {} (not used yet)", abi) : "not enabled (optional)"));
  return layers;
}

}  // namespace sandbox
