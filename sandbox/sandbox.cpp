// THEORY OF OPERATION
//
// A Box is one long-lived process, the box init, plus host-side state (identity slot, cgroups).
// Runs reuse it, so the expensive steps (namespaces, mounts, the cgroup migration: an RCU grace
// period of 8-20 ms, see performance-limits.md) are paid once per box, not per test case.
//
// Process tree
//
//   judge ──socketpair (SEQPACKET)── init (pid 1 of the box pid namespace, in the box's own user
//                                     │      namespace and cgroups, in new mount/net/ipc/uts/cgroup
//                                     │      namespaces; root inside)
//                                     └── program (uid = gid = 60000+slot inside, rlimits, no
//                                          │        capabilities, seccomp)
//                                          └── its threads (and, when compiling, g++'s children)
//
// Two modes (ProbeMode). Root mode: the judge is root, the init's user namespace maps every id
// to itself, so the init is host root and the program host uid 60000+slot. Rootless mode: the
// judge is an ordinary user; the user namespace maps the user's own uid, and where /etc/subuid
// grants a range, newuidmap maps the program's uid into it. identity.h has the details; either
// way the kernel counts per-user limits (RLIMIT_NPROC) per box, never across judges.
//
// CreateBox: the judge takes an identity (a slot locked in /run/judge-slots/<n>.lock, or in the
// user's own folder), creates the box cgroups (cgroup.h; rootless only in a delegated cgroup2
// subtree), builds the seccomp BPF (once per process and profile, seccomp.h) and computes every
// path and option the init will need (InitPlan). It clone()s the init with
// CLONE_NEWUSER|NEWPID|NEWNS|NEWNET|NEWIPC|NEWUTS; the init waits for "go" while the judge
// writes its uid and gid maps and its pid into the cgroups, then unshares the cgroup namespace,
// makes / private, mounts an empty tmpfs, pivot_roots into it, applies the configured binds
// (read-only unless writable, always nosuid,nodev, plus the flags the source mount has, which
// a user namespace may not drop) and tmpfs mounts, binds /dev/null and read-only
// /dev/{zero,urandom}, sets hostname "box", detaches the old root and remounts the new root
// read-only. No /proc, no /sys, no host file but the binds. Success or the failing step plus
// errno comes back over the socket (Control). Each run's program is confined by a Landlock
// ruleset (where the kernel has it) that lets it open for writing only /tmp, the writable
// mounts and /dev/null.
//
// Run: the judge opens stdin (readahead, so its page cache is charged to the judge), makes
// stdout/stderr pipes, resets the cgroup peak and records baselines, sets the memory limit
// (limit + what the idle init holds) and pids.max, and sends RunHeader + argv/env + the three
// fds (SCM_RIGHTS). The init mounts a fresh /tmp tmpfs (noexec) and starts the program with
// clone(CLONE_VM|CLONE_VFORK|CLONE_PIDFD) on a static stack (plus CLONE_NEWUSER in a single-id
// rootless box, whose child maps itself); the child sets oom_score_adj 1000 (so the OOM killer
// picks it over the init), dup2s the fds onto 0/1/2, closes the rest, starts a session of its
// own (kill(0) must not reach the judge's process group), chdirs, sets rlimits (CPU limit+1 s
// backstop, FSIZE, NOFILE, STACK = 2x memory limit, NPROC, CORE/MEMLOCK 0, AS as a backstop
// without a memory cgroup), drops groups/gid/uid and every capability, sets NO_NEW_PRIVS and
// PDEATHSIG, attaches the filter and execs argv[0]. A failing step is written into memory shared
// with the init before _exit.
//
// Seccomp: refused calls are SECCOMP_RET_USER_NOTIF. The child obtains the listener
// (SECCOMP_FILTER_FLAG_NEW_LISTENER) and sends it to the init over fd 1023 before exec (the
// filter allows sendmsg on that fd only; it is close-on-exec and above the program's
// RLIMIT_NOFILE, so the program can never pass descriptors anywhere, least of all over a
// distributed node's channel). The init polls the
// listener with the program's pidfd and the judge socket: a notification records the syscall
// and kills the box.
//
// Kill path: the judge polls stdout, stderr, the socket and a 5 ms tick that checks wall time
// (CLOCK_MONOTONIC) and the group's CPU (cpuacct.usage / cpu.stat); without cgroup accounting
// it samples the CPU and resident memory of the init's descendants from /proc instead
// (proc_meter.h). On a limit it records the reason itself (so a program that SIGKILLs itself is
// never mistaken for a limit) and sends kKill; the init kill(-1, SIGKILL)s every process in its
// namespace. When the program (argv[0] process) exits, the init kills the stragglers too, reaps
// until ECHILD, unmounts /tmp and replies with the wait status, the program's rusage peak, the
// RUSAGE_CHILDREN delta, the wall time and any blocked call. If the init does not answer within
// 2 s of a kill, the judge SIGKILLs it and the box is dead.
// Stdout past its cap is such a limit too, unless the request truncates it: then the judge keeps
// reading and drops the rest, and the program runs on to its end or its time limit.
//
// ~Box: SIGKILL the init (the kernel kills the whole pid namespace and drops its mounts),
// reap it, remove the cgroups once empty, release the slot. If the judge dies, the init sees
// EOF on its socket and takes the box down; a later judge removes the dead judge's groups.
#include "sandbox/sandbox.h"

#include <fcntl.h>
#include <linux/landlock.h>
#include <climits>
#include <cstdio>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include <fmt/format.h>

#include "sandbox/cgroup.h"
#include "sandbox/child.h"
#include "sandbox/identity.h"
#include "sandbox/proc_meter.h"
#include "sandbox/seccomp.h"
#include "sandbox/unique_fd.h"

namespace sandbox {
namespace {

using internal::BoxCgroup;
using internal::Control;
using internal::MsgType;
using internal::RunHeader;
using internal::RunReply;
using Clock = std::chrono::steady_clock;

constexpr auto kTick = std::chrono::milliseconds(5);
constexpr auto kKillGrace = std::chrono::seconds(2);
constexpr auto kSetupTimeout = std::chrono::seconds(10);

Error Internal(std::string message) { return MakeError(ErrorKind::kInternal, std::move(message)); }

Error ErrnoError(const std::string& what) { return Internal(fmt::format("{}: {}", what, strerror(errno))); }

// Every path component of `path` (absolute, normalised) below "/", parents first.
void AddParents(const std::string& path, bool include_self, std::vector<std::string>* dirs) {
  for (size_t pos = path.find('/', 1); pos != std::string::npos; pos = path.find('/', pos + 1)) {
    dirs->push_back(path.substr(0, pos));
  }
  if (include_self) dirs->push_back(path);
}

bool SafeBoxPath(const std::string& path) {
  if (path.size() < 2 || path[0] != '/' || path.back() == '/') return false;
  return path.find("/../") == std::string::npos && path.find("/./") == std::string::npos &&
         path.find("//") == std::string::npos && !path.ends_with("/..") && !path.ends_with("/.") &&
         path.find('\0') == std::string::npos;
}

Result<void> SendAll(int fd, const void* data, size_t size) {
  if (send(fd, data, size, MSG_NOSIGNAL) != static_cast<ssize_t>(size)) return ErrnoError("box socket");
  return {};
}

// Resident bytes of process `pid` (/proc/<pid>/statm), 0 if unknown.
uint64_t ResidentBytes(pid_t pid) {
  char path[64];
  std::snprintf(path, sizeof(path), "/proc/%d/statm", static_cast<int>(pid));
  std::FILE* f = std::fopen(path, "re");
  if (f == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  const int n = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  return n == 2 ? resident * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) : 0;
}

// Flags of the mount holding `path` that a remount in a mount namespace owned by a user namespace
// must repeat, or the kernel refuses it with EPERM (mount_namespaces(7): "locked" flags).
unsigned long KeptFlags(const char* path) {
  struct statvfs st{};
  if (statvfs(path, &st) != 0) return 0;
  unsigned long flags = 0;
  if (st.f_flag & ST_RDONLY) flags |= MS_RDONLY;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOSUID) flags |= MS_NOSUID;
  if (st.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

}  // namespace

// RLIMIT_AS without a memory cgroup: only a backstop for a judge that stops sampling (the limit
// itself is enforced on the sampled resident set), so it is generous: half the machine's
// memory, and at least room for the program's memory and stack (RLIMIT_STACK is twice the
// limit) plus, when threads are allowed, a default-sized stack each (glibc sizes thread stacks
// by RLIMIT_STACK). Reservations beyond it fail, which a cgroup would let pass untouched.
uint64_t AddressSpaceBackstop(const Limits& l) {
  const uint64_t threads = std::clamp<uint64_t>(l.max_processes, 1, 16);
  const uint64_t room = l.memory_bytes * 2 * (1 + threads) + (256ull << 20);
  const uint64_t half_ram = static_cast<uint64_t>(sysconf(_SC_PHYS_PAGES)) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) / 2;
  return std::max(room, half_ram);
}

namespace {

class LinuxBox final : public Box {
 public:
  LinuxBox(BoxConfig config, std::vector<std::string> missing, std::vector<std::string> accuracy)
      : config_(std::move(config)), missing_(std::move(missing)), accuracy_(std::move(accuracy)) {}
  ~LinuxBox() override {
    init_.KillAndReap();  // pid 1 dies: the kernel kills the rest of the namespace
    control_.Reset();
    cgroup_.reset();  // waits until empty, removes the groups
  }

  Result<void> Start();
  Result<RunResult> Run(const RunRequest& request) override;

 private:
  Result<void> BuildPlan();
  Result<void> SendRequest(const RunRequest& request, int in, int out, int err, int channel);
  Result<RunResult> Finish(const RunRequest& request, const RunReply& reply, Termination kill_reason,
                           RunResult result);

  BoxConfig config_;
  std::vector<std::string> missing_;
  std::vector<std::string> accuracy_;   // copied into every RunResult
  internal::BoxIdentity identity_;
  std::unique_ptr<BoxCgroup> cgroup_;
  std::optional<internal::ProcMeter> meter_;  // without cgroup memory or CPU accounting
  const internal::SeccompFilter* filter_ = nullptr;
  internal::InitPlan plan_;
  UniqueFd control_;
  internal::ChildProcess init_;
  bool broken_ = false;
  uint64_t init_resident_ = 0;  // resident bytes of the ready init, as the OOM killer counts them
};

Result<void> LinuxBox::BuildPlan() {
  const uid_t id = identity_.box_uid();
  plan_.uid = id;
  plan_.gid = identity_.box_gid();
  plan_.setgroups = identity_.may_setgroups();
  plan_.nested_userns = identity_.nested_userns();
  plan_.nested_setgroups = "deny\n";
  plan_.nested_map = fmt::format("{} {} 1\n", id, id);
  plan_.dev_kept_flags = KeptFlags("/dev/null");
  plan_.landlock = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION) >= 1;
  plan_.writable = {"/tmp", "/dev/null"};
  plan_.workdir = config_.workdir;
  plan_.tmp_options = fmt::format("size={},nr_inodes={},mode=0755,uid={},gid={}", config_.tmp_size_bytes,
                                  config_.tmp_max_inodes, id, id);
  plan_.mkdirs = {"/dev", "/tmp"};
  std::vector<Mount> mounts = config_.mounts;
  // Parents before children, whatever order the caller listed them in.
  std::stable_sort(mounts.begin(), mounts.end(), [](const Mount& a, const Mount& b) {
    return std::count(a.target.begin(), a.target.end(), '/') < std::count(b.target.begin(), b.target.end(), '/');
  });
  for (const Mount& m : mounts) {
    if (!SafeBoxPath(m.target) || m.target == "/dev" || m.target.starts_with("/dev/") || m.target == "/tmp") {
      return MakeError(ErrorKind::kUsage, fmt::format("bad mount target in box: '{}'", m.target));
    }
    internal::MountPlan p;
    p.target = m.target;
    p.writable = m.writable;
    if (m.writable || m.kind == Mount::Kind::kTmpfs) plan_.writable.push_back(m.target);
    if (m.kind == Mount::Kind::kTmpfs) {
      p.bind = false;
      p.data = fmt::format("size={},nr_inodes={},mode=0755,uid={},gid={}", m.size_bytes ? m.size_bytes : 16ull << 20,
                           m.max_inodes ? m.max_inodes : 64, id, id);
      AddParents(m.target, true, &p.dirs);
    } else {
      struct stat st{};
      if (m.source.empty() || m.source[0] != '/' || stat(m.source.c_str(), &st) != 0) {
        return MakeError(ErrorKind::kUsage, fmt::format("bind source '{}' does not exist", m.source));
      }
      p.is_dir = S_ISDIR(st.st_mode);
      // The init binds from /oldroot after pivot_root, where an absolute symbolic link in the
      // host path would resolve inside the box; resolve the (trusted) source here instead.
      char resolved[PATH_MAX];
      if (realpath(m.source.c_str(), resolved) == nullptr) {
        return MakeError(ErrorKind::kUsage, fmt::format("bind source '{}' does not exist", m.source));
      }
      p.source = std::string("/oldroot") + resolved;
      p.kept_flags = KeptFlags(resolved);
      AddParents(m.target, p.is_dir, &p.dirs);
    }
    plan_.mounts.push_back(std::move(p));
  }
  if (filter_ != nullptr) {
    plan_.filter = filter_->program.data();
    plan_.filter_len = static_cast<unsigned short>(filter_->program.size());
    plan_.notify = filter_->notify;
  }
  return {};
}

Result<void> LinuxBox::Start() {
  auto identity = internal::BoxIdentity::Acquire();
  if (!identity) return identity.error();
  identity_ = std::move(*identity);
  if (internal::ProbeCgroups().version != internal::CgroupVersion::kNone) {
    internal::RemoveStaleGroups();
    auto cg = BoxCgroup::Create();
    if (!cg) return cg.error();
    cgroup_ = std::move(*cg);
  }
  if (internal::SeccompSupported()) {
    auto filter = internal::GetSeccompFilter(config_.seccomp);
    if (!filter) return filter.error();
    filter_ = *filter;
  }
  if (Result<void> r = BuildPlan(); !r) return r;

  int pair[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) return ErrnoError("socketpair");
  control_.Reset(pair[0]);
  UniqueFd init_end(pair[1]);
  plan_.control_fd = init_end.get();
  unsigned long flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
  if (identity_.userns()) flags |= CLONE_NEWUSER;
  // Raw clone: fork semantics (a copy of the judge), no glibc atfork handlers.
  long pid = syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr);
  if (pid < 0 && errno == EPERM && (flags & CLONE_NEWUSER) != 0 && identity_.FallBackToHostUserns()) {
    flags &= ~static_cast<unsigned long>(CLONE_NEWUSER);
    pid = syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr);
  }
  if (pid < 0) return ErrnoError("clone of the box init");
  if (pid == 0) internal::InitMain(plan_);
  init_ = internal::ChildProcess(static_cast<pid_t>(pid));
  init_end.Reset();
  if (Result<void> r = identity_.MapInit(init_.pid()); !r) return r;

  if (cgroup_) {
    if (Result<void> r = cgroup_->AddProcess(init_.pid()); !r) return r;
  }
  Control go{MsgType::kGo, internal::Stage::kNone, 0};
  if (Result<void> r = SendAll(control_.get(), &go, sizeof(go)); !r) return r;
  pollfd pfd{control_.get(), POLLIN, 0};
  int n = poll(&pfd, 1, static_cast<int>(std::chrono::milliseconds(kSetupTimeout).count()));
  Control reply{};
  if (n <= 0 || recv(control_.get(), &reply, sizeof(reply), 0) != static_cast<ssize_t>(sizeof(reply))) {
    return Internal("box init did not finish its setup");
  }
  if (reply.type == MsgType::kSetupError) {
    return Internal(fmt::format("box setup failed at '{}': {}", internal::StageName(reply.stage), strerror(reply.error)));
  }
  if (reply.type != MsgType::kReady) return Internal("box init sent an unexpected message");
  init_resident_ = ResidentBytes(init_.pid());  // for the OOM slack of every run (Run)
  if (!cgroup_ || !cgroup_->has_memory() || !cgroup_->has_cpu()) meter_.emplace(init_.pid());
  return {};
}

Result<void> LinuxBox::SendRequest(const RunRequest& request, int in, int out, int err, int channel) {
  std::string strings;
  for (const auto* list : {&request.argv, &request.env}) {
    for (const std::string& s : *list) {
      if (s.find('\0') != std::string::npos) return MakeError(ErrorKind::kUsage, "argv/env string contains NUL");
      strings += s;
      strings.push_back('\0');
    }
  }
  if (strings.size() > internal::kMaxStringBytes ||
      request.argv.size() + request.env.size() > internal::kMaxStrings) {
    return MakeError(ErrorKind::kUsage, "argv and env are too large for the box");
  }
  const Limits& l = request.limits;
  RunHeader h{};
  h.type = MsgType::kRun;
  h.argc = static_cast<uint32_t>(request.argv.size());
  h.envc = static_cast<uint32_t>(request.env.size());
  h.strings_len = static_cast<uint32_t>(strings.size());
  h.has_channel = channel >= 0 ? 1 : 0;
  h.limits.cpu_seconds = static_cast<uint64_t>((l.cpu_time.count() + 999) / 1000) + 1;
  h.limits.file_size = l.file_size_bytes;
  // Never above kChildNotifyFd, so no descriptor of the program can ever take that number.
  h.limits.open_files = l.max_open_files == 0 ? internal::kChildNotifyFd
                                              : std::min<uint64_t>(l.max_open_files, internal::kChildNotifyFd);
  // Twice the memory limit: the stack never reaches RLIMIT_STACK before the group reaches its
  // limit, so deep recursion is always a memory-limit kill, never a SIGSEGV that depends on how
  // much the init held (the group's limit is the memory limit plus the init's usage).
  h.limits.stack = 2 * l.memory_bytes;
  h.limits.processes = l.max_processes;
  h.limits.address_space = l.cap_address_space                  ? l.memory_bytes
                            : (cgroup_ && cgroup_->has_memory()) ? 0
                                                                 : AddressSpaceBackstop(l);

  iovec iov[2] = {{&h, sizeof(h)}, {strings.data(), strings.size()}};
  int fds[4] = {in, out, err, channel};
  const size_t fd_bytes = (channel >= 0 ? 4 : 3) * sizeof(int);
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(fds))] = {};
  msghdr msg{};
  msg.msg_iov = iov;
  msg.msg_iovlen = 2;
  msg.msg_control = control;
  msg.msg_controllen = CMSG_SPACE(fd_bytes);
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(fd_bytes);
  std::memcpy(CMSG_DATA(c), fds, fd_bytes);
  if (sendmsg(control_.get(), &msg, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof(h) + strings.size())) {
    return ErrnoError("sending the run request to the box");
  }
  return {};
}

// Reads what is available from a non-blocking pipe. Keeps at most `keep` bytes in `data` and
// counts every byte read in `total`. Returns false at EOF.
bool Drain(int fd, std::string* data, uint64_t keep, uint64_t* total) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n == 0) return false;
    if (n < 0) return errno == EAGAIN || errno == EINTR;
    size_t room = data->size() < keep ? static_cast<size_t>(keep - data->size()) : 0;
    data->append(buf, std::min(room, static_cast<size_t>(n)));
    *total += static_cast<uint64_t>(n);
    if (static_cast<size_t>(n) < sizeof(buf)) return true;
  }
}

Result<RunResult> LinuxBox::Run(const RunRequest& request) {
  UniqueFd given_out(request.stdout_fd);  // owned from here on (RunRequest::stdout_fd)
  UniqueFd in(request.stdin_fd);
  UniqueFd channel(request.channel_fd);
  if (broken_) return Internal("the box is dead (its init died or hung); create a new one");
  if (request.argv.empty() || request.argv[0].empty() || request.argv[0][0] != '/') {
    return MakeError(ErrorKind::kUsage, "argv[0] must be an absolute path inside the box");
  }
  const Limits& limits = request.limits;
  const std::string in_path = request.stdin_path.empty() ? "/dev/null" : request.stdin_path;
  if (!in) in.Reset(open(in_path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in) return ErrnoError(fmt::format("cannot open stdin file '{}'", in_path));
  struct stat st{};
  if (fstat(in.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    readahead(in.get(), 0, static_cast<size_t>(st.st_size));
  }
  Pipe out, err;
  if (!out.Open() || !err.Open()) return ErrnoError("pipe");
  if (given_out) out.write = std::move(given_out);  // nothing to capture: out.read sees EOF at once
  fcntl(out.read.get(), F_SETFL, O_NONBLOCK);
  fcntl(err.read.get(), F_SETFL, O_NONBLOCK);
  if (cgroup_) {
    // The OOM killer must pick the program, never the init. The init is a copy of the judge and
    // the OOM killer counts every resident page of it (most are the judge's, shared
    // copy-on-write and charged elsewhere), while the program's oom_score_adj of 1000 adds only
    // the group's hard limit to its score. Under a limit smaller than the init (a few MiB, as
    // sketch and per-node limits are), the init would score higher; so the hard limit gets
    // the difference as slack, and a peak over the memory limit is still MLE (Finish).
    const uint64_t slack = init_resident_ > limits.memory_bytes ? init_resident_ - limits.memory_bytes : 0;
    if (Result<void> r = cgroup_->PrepareRun(limits.memory_bytes + slack, limits.max_processes); !r) return r.error();
  }
  if (Result<void> r = SendRequest(request, in.get(), out.write.get(), err.write.get(), channel.get()); !r)
    return r.error();
  in.Reset();
  channel.Reset();
  out.write.Reset();
  err.write.Reset();

  const auto start = Clock::now();
  RunResult result;
  uint64_t out_total = 0, err_total = 0;
  const uint64_t out_keep = request.discard_stdout ? 0 : limits.stdout_bytes;
  bool out_open = true, err_open = true, have_reply = false;
  RunReply reply{};
  uint64_t sampled_peak = 0;  // resident bytes, sampled by meter_
  Termination kill_reason = Termination::kExited;  // kExited: the judge did not kill
  Clock::time_point kill_sent{};
  auto request_kill = [&](Termination why) {
    if (kill_reason != Termination::kExited) return;
    kill_reason = why;
    kill_sent = Clock::now();
    Control k{MsgType::kKill, internal::Stage::kNone, 0};
    send(control_.get(), &k, sizeof(k), MSG_NOSIGNAL);
  };
  auto next_check = start + kTick;
  uint64_t held_peak = 0;  // charged + held memory, with request.held_bytes
  while (!have_reply || out_open || err_open) {
    pollfd pfd[3] = {{out_open ? out.read.get() : -1, POLLIN, 0},
                     {err_open ? err.read.get() : -1, POLLIN, 0},
                     {have_reply ? -1 : control_.get(), POLLIN, 0}};
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(next_check - Clock::now()).count();
    int n = poll(pfd, 3, static_cast<int>(std::clamp<long>(wait + 1, 0, 1000)));
    if (n < 0 && errno != EINTR) return ErrnoError("poll");
    if (out_open && pfd[0].revents != 0) {
      out_open = Drain(out.read.get(), &result.stdout_data, out_keep, &out_total);
      if (out_total > limits.stdout_bytes && !limits.truncate_stdout) request_kill(Termination::kOutput);
    }
    if (err_open && pfd[1].revents != 0) {
      err_open = Drain(err.read.get(), &result.stderr_data, limits.stderr_bytes, &err_total);
    }
    if (!have_reply && pfd[2].revents != 0) {
      ssize_t got = recv(control_.get(), &reply, sizeof(reply), MSG_DONTWAIT);
      if (got == static_cast<ssize_t>(sizeof(reply)) && reply.type == MsgType::kResult) {
        have_reply = true;
      } else if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
        broken_ = true;
        init_.KillAndReap();
        return Internal("the box init died during a run");
      }
    }
    const auto now = Clock::now();
    if (now >= next_check) {
      next_check = now + kTick;
      if (!have_reply) {
        if (now - start > limits.wall_time) request_kill(Termination::kWallTime);
        if (cgroup_) {
          if (auto cpu = cgroup_->CpuSinceStartNs(); cpu && std::chrono::nanoseconds(*cpu) >= limits.cpu_time) {
            request_kill(Termination::kCpuTime);
          }
          if (request.held_bytes != nullptr) {
            if (auto charged = cgroup_->MemoryNowBytes()) {
              if (request.charged_bytes != nullptr) request.charged_bytes->store(*charged);
              const uint64_t total = *charged + request.held_bytes->load();
              held_peak = std::max(held_peak, total);
              if (total > limits.memory_bytes) request_kill(Termination::kMemory);
            }
          }
        }
        if (meter_) {
          const internal::ProcSample sample = meter_->Read();
          sampled_peak = std::max(sampled_peak, sample.resident_bytes);
          if (!(cgroup_ && cgroup_->has_cpu()) && sample.cpu >= limits.cpu_time) request_kill(Termination::kCpuTime);
          if (!(cgroup_ && cgroup_->has_memory())) {
            // As with a cgroup: what the relay holds for the run counts as its own memory.
            if (request.charged_bytes != nullptr) request.charged_bytes->store(sample.resident_bytes);
            const uint64_t held = request.held_bytes != nullptr ? request.held_bytes->load() : 0;
            held_peak = std::max(held_peak, sample.resident_bytes + held);
            if (sample.resident_bytes + held > limits.memory_bytes) request_kill(Termination::kMemory);
          }
        }
      }
      if (kill_reason != Termination::kExited && now - kill_sent > kKillGrace) {
        broken_ = true;
        init_.KillAndReap();
        return Internal("the box did not stop after a kill; it was destroyed");
      }
      if (have_reply && now - start > limits.wall_time + kKillGrace) break;  // a leaked pipe end
    }
  }
  result.stderr_truncated = err_total > limits.stderr_bytes;
  result.memory_bytes = sampled_peak;
  result.stdout_truncated = out_total > limits.stdout_bytes;
  result.stderr_bytes = err_total;
  Result<RunResult> finished = Finish(request, reply, kill_reason, std::move(result));
  if (finished && held_peak > finished->memory_bytes) finished->memory_bytes = held_peak;
  return finished;
}

Result<RunResult> LinuxBox::Finish(const RunRequest& request, const RunReply& reply, Termination kill_reason,
                                   RunResult result) {
  const Limits& limits = request.limits;
  if (reply.failed_stage != internal::Stage::kNone) {
    errno = reply.error;
    return ErrnoError(fmt::format("box could not start '{}' ({})", request.argv[0], internal::StageName(reply.failed_stage)));
  }
  BoxCgroup::Usage usage;
  if (cgroup_) usage = cgroup_->FinishRun();
  result.missing_layers = missing_;
  result.accuracy = accuracy_;
  result.wall_time = std::chrono::microseconds(reply.wall_ns / 1000);
  // rusage of the reaped processes: exact, and unlike the group's counter it excludes the
  // init's own per-run work (mounting /tmp, cloning, reaping).
  result.cpu_time = std::chrono::microseconds(reply.user_us + reply.system_us);
  // Without a memory cgroup: the larger of the program's peak resident set (rusage) and the
  // sampled sum over its processes (Run).
  result.memory_bytes = (cgroup_ && cgroup_->has_memory())
                            ? usage.peak_bytes
                            : std::max(result.memory_bytes, static_cast<uint64_t>(reply.max_rss_kb) * 1024);
  const int status = reply.wait_status;
  const bool signaled = WIFSIGNALED(status);
  const int sig = signaled ? WTERMSIG(status) : 0;
  result.signal = sig;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (kill_reason != Termination::kExited) {
    result.termination = kill_reason;
  } else if (usage.oom_killed || (usage.hit_limit && sig == SIGKILL)) {
    result.termination = Termination::kMemory;
  } else if (reply.blocked_nr >= 0) {
    result.termination = Termination::kBlockedSyscall;
    result.blocked_syscall = internal::SyscallName(reply.blocked_nr, reply.blocked_arch);
  } else if (sig == SIGSYS && filter_ != nullptr) {
    // Killed by the filter itself: another ABI, or a kernel without user notification.
    result.termination = Termination::kBlockedSyscall;
    result.blocked_syscall = filter_->notify ? "non-native ABI" : "unknown";
  } else if (sig == SIGXFSZ) {
    result.termination = Termination::kOutput;
  } else if (sig == SIGXCPU || (sig == SIGKILL && result.cpu_time >= limits.cpu_time)) {
    result.termination = Termination::kCpuTime;
  } else if (signaled) {
    result.termination = Termination::kSignaled;
  } else {
    result.termination = Termination::kExited;
  }
  // Within the slack above the limit (Run), or between two samples without a memory cgroup: it
  // finished, but its peak was over the limit.
  if ((result.termination == Termination::kExited || result.termination == Termination::kSignaled) &&
      result.memory_bytes > limits.memory_bytes) {
    result.termination = Termination::kMemory;
  }
  return result;
}

class LinuxSandbox final : public Sandbox {
 public:
  Result<std::unique_ptr<Box>> CreateBox(const BoxConfig& config) override {
    std::vector<std::string> missing;
    for (const LayerStatus& layer : ProbeHost()) {
      if (layer.present) continue;
      if (layer.mandatory && !config.allow_degraded) {
        return MakeError(ErrorKind::kUnavailable, fmt::format("sandbox layer missing: {} ({})", layer.name, layer.detail));
      }
      if (!layer.fallback.empty()) continue;  // not missing: a documented fallback stands in
      if (layer.name != "user namespace" && layer.name != "landlock") missing.push_back(layer.name);
    }
    if (!SafeBoxPath(config.workdir) && config.workdir != "/") {
      return MakeError(ErrorKind::kUsage, fmt::format("bad workdir in box: '{}'", config.workdir));
    }
    auto box = std::make_unique<LinuxBox>(config, std::move(missing), ProbeMode().accuracy);
    if (Result<void> r = box->Start(); !r) return r.error();
    return std::unique_ptr<Box>(std::move(box));
  }
};

}  // namespace

std::unique_ptr<Sandbox> MakeLinuxSandbox() {
  internal::RemoveStaleGroups();
  // The child parks the seccomp listener at fd kChildNotifyFd before it lowers RLIMIT_NOFILE.
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur <= static_cast<rlim_t>(internal::kChildNotifyFd) &&
      files.rlim_max > static_cast<rlim_t>(internal::kChildNotifyFd)) {
    files.rlim_cur = internal::kChildNotifyFd + 1;
    setrlimit(RLIMIT_NOFILE, &files);
  }
  return std::make_unique<LinuxSandbox>();
}

const char* TerminationName(Termination t) {
  switch (t) {
    case Termination::kExited: return "exited";
    case Termination::kSignaled: return "signaled";
    case Termination::kCpuTime: return "cpu time limit";
    case Termination::kWallTime: return "wall time limit";
    case Termination::kMemory: return "memory limit";
    case Termination::kOutput: return "output limit";
    case Termination::kBlockedSyscall: return "blocked syscall";
  }
  return "unknown";
}

}  // namespace sandbox
