// cgroup backends. v1 is what this machine kind has (memory/pids/cpuacct bound to v1; the v2
// mount has only hugetlb), so v1 is the path CI exercises; v2 is used when the unified
// hierarchy offers memory and pids. Kernel docs: admin-guide/cgroup-v1/memory.rst,
// admin-guide/cgroup-v2.rst.
#include "sandbox/cgroup.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "sandbox/unique_fd.h"

namespace sandbox::internal {
namespace {

std::string ReadSmallFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool WriteFile(const std::string& path, const std::string& value) {
  UniqueFd fd(open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd) return false;
  return write(fd.get(), value.data(), value.size()) == static_cast<ssize_t>(value.size());
}

// Reads a whole cgroup file through an open descriptor from offset 0.
std::string PreadAll(int fd) {
  char buf[4096];
  ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

uint64_t ParseU64(const std::string& s) { return std::strtoull(s.c_str(), nullptr, 10); }

// "key value" lines (memory.oom_control, memory.events, cpu.stat).
uint64_t KeyedValue(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string k;
  uint64_t v = 0;
  while (in >> k >> v) {
    if (k == key) return v;
  }
  return 0;
}

bool DirExists(const std::string& path) {
  struct stat st{};
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Kills every task of a group directory until it is empty, then removes it.
bool KillAndRemove(const std::string& dir) {
  if (dir.empty()) return true;
  for (int attempt = 0; attempt < 500; ++attempt) {
    if (rmdir(dir.c_str()) == 0 || errno == ENOENT) return true;
    if (errno != EBUSY) return false;
    if (!WriteFile(dir + "/cgroup.kill", "1")) {
      std::istringstream procs(ReadSmallFile(dir + "/cgroup.procs"));
      for (pid_t pid; procs >> pid;) kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

struct Mounts {
  std::string v1_memory, v1_pids, v1_cpuacct, v2;
  std::string own_memory, own_pids, own_cpuacct, own_v2;
};

// Path of our own group in a hierarchy, relative to its mount (mount root stripped).
std::string Relative(const std::string& own, const std::string& mount_root) {
  if (mount_root != "/" && own.rfind(mount_root, 0) == 0) return own.substr(mount_root.size());
  return own == "/" ? "" : own;
}

Mounts ReadMounts() {
  Mounts m;
  std::string memory_root = "/", pids_root = "/", cpuacct_root = "/", v2_root = "/";
  std::ifstream mountinfo("/proc/self/mountinfo");
  for (std::string line; std::getline(mountinfo, line);) {
    std::istringstream in(line);
    std::string id, parent, dev, root, point, opts, field;
    in >> id >> parent >> dev >> root >> point >> opts;
    while (in >> field && field != "-") {
    }
    std::string fstype, source, super;
    in >> fstype >> source >> super;
    if (fstype == "cgroup2") {
      m.v2 = point;
      v2_root = root;
    } else if (fstype == "cgroup") {
      std::istringstream so(super);
      for (std::string opt; std::getline(so, opt, ',');) {
        if (opt == "memory") m.v1_memory = point, memory_root = root;
        if (opt == "pids") m.v1_pids = point, pids_root = root;
        if (opt == "cpuacct") m.v1_cpuacct = point, cpuacct_root = root;
      }
    }
  }
  std::ifstream self("/proc/self/cgroup");
  for (std::string line; std::getline(self, line);) {
    size_t a = line.find(':');
    size_t b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string controllers = line.substr(a + 1, b - a - 1);
    std::string path = line.substr(b + 1);
    if (controllers.empty()) m.own_v2 = Relative(path, v2_root);
    std::istringstream cs(controllers);
    for (std::string c; std::getline(cs, c, ',');) {
      if (c == "memory") m.own_memory = Relative(path, memory_root);
      if (c == "pids") m.own_pids = Relative(path, pids_root);
      if (c == "cpuacct") m.own_cpuacct = Relative(path, cpuacct_root);
    }
  }
  return m;
}

// The judge's own cgroup2 group and what the delegation check needs to know about it.
V2Facts ReadV2Facts(const std::string& own) {
  V2Facts f;
  f.own = own;
  f.controllers = ReadSmallFile(own + "/cgroup.controllers");
  struct stat st{};
  f.owner = stat(own.c_str(), &st) == 0 ? st.st_uid : 0;
  f.procs_writable = access((own + "/cgroup.procs").c_str(), W_OK) == 0;
  f.subtree_writable = access((own + "/cgroup.subtree_control").c_str(), W_OK) == 0;
  return f;
}

CgroupHost DoProbe() {
  CgroupHost host;
  Mounts m = ReadMounts();
  const bool root = geteuid() == 0;
  // Without root, a v1 hierarchy is usable only where an administrator gave us our group.
  const std::string v1_own = m.v1_memory + m.own_memory;
  if (!m.v1_memory.empty() && DirExists(v1_own) && (root || access(v1_own.c_str(), W_OK) == 0)) {
    host.version = CgroupVersion::kV1;
    host.delegated = !root;
    host.memory_parent = m.v1_memory + m.own_memory + "/judge";
    if (!m.v1_pids.empty()) host.pids_parent = m.v1_pids + m.own_pids + "/judge";
    if (!m.v1_cpuacct.empty()) host.cpu_parent = m.v1_cpuacct + m.own_cpuacct + "/judge";
    host.detail = fmt::format("v1: memory at {}, pids {}, cpuacct {}", host.memory_parent,
                              host.pids_parent.empty() ? "missing" : host.pids_parent,
                              host.cpu_parent.empty() ? "missing" : host.cpu_parent);
    return host;
  }
  if (!m.v2.empty()) {
    std::string own = m.v2 + m.own_v2;
    if (!root) {
      // Rootless: only a subtree delegated to us (systemd's Delegate=yes: user@<uid>.service, or a
      // scope started with systemd-run --user --scope -p Delegate=yes).
      const std::string problem = V2DelegationProblem(ReadV2Facts(own), geteuid());
      if (!problem.empty()) {
        host.detail = problem;
        return host;
      }
      host.version = CgroupVersion::kV2;
      host.delegated = true;
      host.memory_parent = host.pids_parent = host.cpu_parent = own + "/judge";
      host.detail = fmt::format("v2, delegated: {}", host.memory_parent);
      return host;
    }
    std::string controllers = ReadSmallFile(m.v2 + "/cgroup.controllers");
    bool memory = controllers.find("memory") != std::string::npos;
    bool pids = controllers.find("pids") != std::string::npos;
    if (memory && pids) {
      host.version = CgroupVersion::kV2;
      host.memory_parent = host.pids_parent = host.cpu_parent = own + "/judge";
      host.detail = fmt::format("v2: {}", host.memory_parent);
      return host;
    }
    host.detail = fmt::format("cgroup2 at {} offers only '{}' (memory and pids are needed)", m.v2,
                              controllers.empty() ? "" : controllers.substr(0, controllers.size() - 1));
    return host;
  }
  host.detail = "no cgroup memory controller mounted";
  return host;
}

std::atomic<int> g_box_counter{0};

// Every run starts from the idle box: what earlier runs of the box left charged to the group
// (negative dentries from lookups of missing files in a bind-mounted host folder, inodes, page
// cache read through a bind) is reclaimed first, and the run's limit is the memory limit on top
// of the idle usage, never on top of what happens to be charged now. Otherwise that leftover
// becomes headroom: the kernel reclaims it when the next run presses on the limit, and a run
// could touch its limit plus everything earlier runs piled up.
//
// How: ask the kernel to reclaim the group down to the idle usage (v1: lower
// memory.limit_in_bytes to it, which reclaims or gives up with EBUSY; v2: memory.reclaim), then
// set the run's limit. Not memory.force_empty: it drains every CPU's LRU cache first and took
// 4-20 ms per call on a loaded machine, the cost of the cgroup migration that boxes exist to
// avoid. A benign run leaves (almost) nothing, so the reclaim usually has nothing to do.
//
// The idle usage is the lowest usage seen after a reclaim, from the box's first run on: the
// init's own memory, which no run can reclaim (there is no swap for anonymous memory). Freed
// dentries are uncharged only after an RCU grace period, so right after a reclaim the usage may
// still hold some; the baseline stays the idle usage all the same, so what is left counts
// against the next run, never in its favour.
constexpr uint64_t kNoIdle = UINT64_MAX;

// ---------------------------------------------------------------------------------------------
class V1Cgroup final : public BoxCgroup {
 public:
  ~V1Cgroup() override {
    for (const std::string* dir : {&memory_, &pids_, &cpu_}) KillAndRemove(*dir);
  }
  Result<void> Init(const CgroupHost& host, const std::string& name) {
    for (auto [parent, dir] : {std::pair{&host.memory_parent, &memory_},
                               std::pair{&host.pids_parent, &pids_}, std::pair{&host.cpu_parent, &cpu_}}) {
      if (parent->empty()) continue;
      if (mkdir(parent->c_str(), 0755) != 0 && errno != EEXIST) {
        return MakeError(ErrorKind::kInternal, fmt::format("cannot create cgroup {}: {}", *parent, strerror(errno)));
      }
      std::string path = *parent + "/" + name;
      if (mkdir(path.c_str(), 0755) != 0) {
        return MakeError(ErrorKind::kInternal, fmt::format("cannot create cgroup {}: {}", path, strerror(errno)));
      }
      *dir = path;
    }
    memsw_ = access((memory_ + "/memory.memsw.limit_in_bytes").c_str(), W_OK) == 0;
    if (!cpu_.empty()) cpu_usage_.Reset(open((cpu_ + "/cpuacct.usage").c_str(), O_RDONLY | O_CLOEXEC));
    return {};
  }
  bool has_memory() const override { return !memory_.empty(); }
  bool has_pids() const override { return !pids_.empty(); }
  bool has_cpu() const override { return cpu_usage_.valid(); }

  Result<void> AddProcess(pid_t pid) override {
    for (const std::string* dir : {&memory_, &pids_, &cpu_}) {
      if (!dir->empty() && !WriteFile(*dir + "/cgroup.procs", std::to_string(pid))) {
        return MakeError(ErrorKind::kInternal, fmt::format("cannot move the box into {}: {}", *dir, strerror(errno)));
      }
    }
    return {};
  }

  Result<void> PrepareRun(uint64_t memory_bytes, uint32_t processes) override {
    if (!memory_.empty()) {
      base_usage_ = IdleBaseline();
      WriteFile(memory_ + "/memory.max_usage_in_bytes", "0");
      base_oom_ = KeyedValue(ReadSmallFile(memory_ + "/memory.oom_control"), "oom_kill");
      limit_ = memory_bytes + base_usage_;
      std::string v = std::to_string(limit_);
      // memsw must stay >= the memory limit at every step: order the two writes accordingly.
      bool ok = WriteFile(memory_ + "/memory.limit_in_bytes", v);
      if (memsw_) {
        ok = WriteFile(memory_ + "/memory.memsw.limit_in_bytes", v) &&
             (ok || WriteFile(memory_ + "/memory.limit_in_bytes", v));
      }
      if (!ok) {
        return MakeError(ErrorKind::kInternal, fmt::format("cannot set the memory limit in {}: {}", memory_, strerror(errno)));
      }
    }
    if (!pids_.empty() && processes != last_processes_) {
      if (!WriteFile(pids_ + "/pids.max", std::to_string(uint64_t{processes} + 1))) {
        return MakeError(ErrorKind::kInternal, fmt::format("cannot set pids.max in {}: {}", pids_, strerror(errno)));
      }
      last_processes_ = processes;
    }
    if (cpu_usage_) base_cpu_ = ParseU64(PreadAll(cpu_usage_.get()));
    return {};
  }

  // Reclaims what earlier runs left (see kNoIdle) and returns the idle usage.
  uint64_t IdleBaseline() {
    const std::string usage_file = memory_ + "/memory.usage_in_bytes";
    uint64_t usage = ParseU64(ReadSmallFile(usage_file));
    if (idle_ == kNoIdle || usage > idle_) {
      // The init is idle (it waits for the run request), so nothing charges while the limit is
      // this low; PrepareRun sets the run's limit right after.
      WriteFile(memory_ + "/memory.limit_in_bytes", std::to_string(idle_ == kNoIdle ? 0 : idle_));
      usage = ParseU64(ReadSmallFile(usage_file));
    }
    idle_ = std::min(idle_, usage);
    return idle_;
  }

  std::optional<uint64_t> CpuSinceStartNs() override {
    if (!cpu_usage_) return std::nullopt;
    uint64_t now = ParseU64(PreadAll(cpu_usage_.get()));
    return now > base_cpu_ ? now - base_cpu_ : 0;
  }

  std::optional<uint64_t> MemoryNowBytes() override {
    if (memory_.empty()) return std::nullopt;
    uint64_t now = ParseU64(ReadSmallFile(memory_ + "/memory.usage_in_bytes"));
    return now > base_usage_ ? now - base_usage_ : 0;
  }

  Usage FinishRun() override {
    Usage u;
    if (memory_.empty()) return u;
    uint64_t peak = ParseU64(ReadSmallFile(memory_ + "/memory.max_usage_in_bytes"));
    u.peak_bytes = peak > base_usage_ ? peak - base_usage_ : 0;
    u.oom_killed = KeyedValue(ReadSmallFile(memory_ + "/memory.oom_control"), "oom_kill") > base_oom_;
    u.hit_limit = peak >= limit_;
    return u;
  }

 private:
  std::string memory_, pids_, cpu_;
  uint64_t idle_ = kNoIdle;
  bool memsw_ = false;
  UniqueFd cpu_usage_;
  uint64_t base_usage_ = 0, base_oom_ = 0, base_cpu_ = 0, limit_ = 0;
  uint32_t last_processes_ = 0;
};

// ---------------------------------------------------------------------------------------------
class V2Cgroup final : public BoxCgroup {
 public:
  ~V2Cgroup() override { KillAndRemove(dir_); }
  Result<void> Init(const CgroupHost& host, const std::string& name) {
    const std::string& parent = host.memory_parent;
    std::string own = parent.substr(0, parent.rfind('/'));
    if (mkdir(parent.c_str(), 0755) != 0 && errno != EEXIST) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot create cgroup {}: {}", parent, strerror(errno)));
    }
    // Controllers must be enabled top-down; our own group may hold processes (the judge), and
    // the "no internal processes" rule then refuses: move the judge into a leaf once.
    if (!WriteFile(own + "/cgroup.subtree_control", "+memory +pids +cpu")) {
      std::string leaf = own + "/judge-main";
      if ((mkdir(leaf.c_str(), 0755) != 0 && errno != EEXIST) ||
          !WriteFile(leaf + "/cgroup.procs", std::to_string(getpid())) ||
          !WriteFile(own + "/cgroup.subtree_control", "+memory +pids +cpu")) {
        return MakeError(ErrorKind::kUnavailable,
                         fmt::format("cgroup v2: cannot enable memory+pids below {}: {}", own, strerror(errno)));
      }
    }
    if (!WriteFile(parent + "/cgroup.subtree_control", "+memory +pids +cpu")) {
      return MakeError(ErrorKind::kUnavailable,
                       fmt::format("cgroup v2: cannot enable memory+pids in {}: {}", parent, strerror(errno)));
    }
    dir_ = parent + "/" + name;
    if (mkdir(dir_.c_str(), 0755) != 0) {
      std::string message = fmt::format("cannot create cgroup {}: {}", dir_, strerror(errno));
      dir_.clear();
      return MakeError(ErrorKind::kInternal, message);
    }
    WriteFile(dir_ + "/memory.swap.max", "0");
    peak_.Reset(open((dir_ + "/memory.peak").c_str(), O_RDWR | O_CLOEXEC));
    cpu_stat_.Reset(open((dir_ + "/cpu.stat").c_str(), O_RDONLY | O_CLOEXEC));
    return {};
  }
  bool has_memory() const override { return true; }
  bool has_pids() const override { return true; }
  bool has_cpu() const override { return cpu_stat_.valid(); }

  Result<void> AddProcess(pid_t pid) override {
    if (!WriteFile(dir_ + "/cgroup.procs", std::to_string(pid))) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot move the box into {}: {}", dir_, strerror(errno)));
    }
    return {};
  }

  Result<void> PrepareRun(uint64_t memory_bytes, uint32_t processes) override {
    base_usage_ = IdleBaseline();
    base_oom_ = KeyedValue(ReadSmallFile(dir_ + "/memory.events"), "oom_kill");
    // Since 6.12 writing to memory.peak resets the peak seen through this descriptor.
    if (peak_) peak_resettable_ = pwrite(peak_.get(), "0", 1, 0) == 1;
    limit_ = memory_bytes + base_usage_;
    if (!WriteFile(dir_ + "/memory.max", std::to_string(limit_)) ||
        !WriteFile(dir_ + "/pids.max", std::to_string(uint64_t{processes} + 1))) {
      return MakeError(ErrorKind::kInternal, fmt::format("cannot set limits in {}: {}", dir_, strerror(errno)));
    }
    base_cpu_ = CpuUsec();
    return {};
  }

  std::optional<uint64_t> CpuSinceStartNs() override {
    if (!cpu_stat_) return std::nullopt;
    uint64_t now = CpuUsec();
    return (now > base_cpu_ ? now - base_cpu_ : 0) * 1000;
  }

  std::optional<uint64_t> MemoryNowBytes() override {
    uint64_t now = ParseU64(ReadSmallFile(dir_ + "/memory.current"));
    return now > base_usage_ ? now - base_usage_ : 0;
  }

  Usage FinishRun() override {
    Usage u;
    uint64_t peak = peak_ ? ParseU64(PreadAll(peak_.get())) : 0;
    // Without a resettable peak the box-lifetime peak is the best we have.
    u.peak_bytes = peak > base_usage_ ? peak - base_usage_ : 0;
    u.oom_killed = KeyedValue(ReadSmallFile(dir_ + "/memory.events"), "oom_kill") > base_oom_;
    u.hit_limit = peak >= limit_;
    return u;
  }

 private:
  uint64_t CpuUsec() { return cpu_stat_ ? KeyedValue(PreadAll(cpu_stat_.get()), "usage_usec") : 0; }

  // Reclaims what earlier runs left (see kNoIdle) and returns the idle usage. memory.reclaim
  // (5.19) fails with EAGAIN when it cannot reclaim the whole amount; lowering memory.max
  // instead would OOM-kill on v2.
  uint64_t IdleBaseline() {
    const std::string current = dir_ + "/memory.current";
    uint64_t usage = ParseU64(ReadSmallFile(current));
    if (idle_ == kNoIdle || usage > idle_) {
      WriteFile(dir_ + "/memory.reclaim", std::to_string(idle_ == kNoIdle ? usage : usage - idle_));
      usage = ParseU64(ReadSmallFile(current));
    }
    idle_ = std::min(idle_, usage);
    return idle_;
  }

  std::string dir_;
  UniqueFd peak_, cpu_stat_;
  bool peak_resettable_ = false;
  uint64_t idle_ = kNoIdle;
  uint64_t base_usage_ = 0, base_oom_ = 0, base_cpu_ = 0, limit_ = 0;
};

// A zombie still answers kill(pid, 0): a judge killed moments ago may not be reaped yet.
bool Alive(pid_t pid) {
  if (kill(pid, 0) != 0 && errno != EPERM) return false;
  std::string stat = ReadSmallFile(fmt::format("/proc/{}/stat", pid));
  size_t paren = stat.rfind(')');
  return paren == std::string::npos || paren + 2 >= stat.size() || stat[paren + 2] != 'Z';
}

void RemoveStaleIn(const std::string& parent) {
  if (parent.empty()) return;
  DIR* dir = opendir(parent.c_str());
  if (dir == nullptr) return;
  std::vector<std::string> stale;
  while (dirent* e = readdir(dir)) {
    if (e->d_type != DT_DIR || e->d_name[0] == '.') continue;
    pid_t owner = static_cast<pid_t>(std::strtol(e->d_name, nullptr, 10));
    if (owner <= 0) continue;
    if (owner == getpid()) continue;
    if (Alive(owner)) continue;
    stale.push_back(parent + "/" + e->d_name);
  }
  closedir(dir);
  for (const std::string& path : stale) KillAndRemove(path);
}

}  // namespace

std::string V2DelegationProblem(const V2Facts& facts, uid_t uid) {
  std::istringstream words(facts.controllers);
  bool memory = false, pids = false;
  for (std::string w; words >> w;) {
    memory |= w == "memory";
    pids |= w == "pids";
  }
  if (!memory || !pids) {
    std::string offered = facts.controllers;
    while (!offered.empty() && offered.back() == '\n') offered.pop_back();
    return fmt::format("cgroup2 group {} offers '{}' (memory and pids are needed)", facts.own, offered);
  }
  if (facts.owner != uid) {
    return fmt::format("cgroup2 group {} belongs to uid {}, not to you: it is not delegated", facts.own, facts.owner);
  }
  if (!facts.procs_writable || !facts.subtree_writable) {
    return fmt::format("cgroup2 group {} is yours, but its cgroup.procs or cgroup.subtree_control is not writable",
                       facts.own);
  }
  return "";
}

const CgroupHost& ProbeCgroups() {
  static const CgroupHost host = DoProbe();
  return host;
}

void RemoveStaleGroups() {
  static std::once_flag once;
  std::call_once(once, [] {
    const CgroupHost& host = ProbeCgroups();
    RemoveStaleIn(host.memory_parent);
    if (host.pids_parent != host.memory_parent) RemoveStaleIn(host.pids_parent);
    if (host.cpu_parent != host.memory_parent) RemoveStaleIn(host.cpu_parent);
  });
}

Result<std::unique_ptr<BoxCgroup>> BoxCgroup::Create() {
  const CgroupHost& host = ProbeCgroups();
  std::string name = fmt::format("{}-{}", getpid(), g_box_counter.fetch_add(1));
  if (host.version == CgroupVersion::kV1) {
    auto cg = std::make_unique<V1Cgroup>();
    if (Result<void> r = cg->Init(host, name); !r) return r.error();
    return std::unique_ptr<BoxCgroup>(std::move(cg));
  }
  if (host.version == CgroupVersion::kV2) {
    auto cg = std::make_unique<V2Cgroup>();
    if (Result<void> r = cg->Init(host, name); !r) return r.error();
    return std::unique_ptr<BoxCgroup>(std::move(cg));
  }
  return std::unique_ptr<BoxCgroup>();
}

}  // namespace sandbox::internal
