// The box init: set up the root once, then launch one program per request. Runs in a clone of
// the judge, so it touches only memory the judge prepared (InitPlan) and static buffers, and
// calls glibc only for thin syscall wrappers (raw syscalls where glibc would consult its thread
// list, e.g. set*id broadcasting to threads that do not exist in this copy).
#include "sandbox/child.h"
#include "sandbox/policy.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/landlock.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#ifndef MS_NOSYMFOLLOW
#define MS_NOSYMFOLLOW 256  // Linux 5.10
#endif

namespace sandbox::internal {
namespace {

// The init's long-lived descriptors, at fixed numbers so the launch code needs no bookkeeping.
constexpr int kControlFd = 10;       // the judge socket
constexpr int kNotifyParentFd = 11;  // receives the seccomp listener from each child
constexpr int kNotifyChildFd = 12;   // the child's end (becomes kChildNotifyFd in the child)
constexpr int kProcFd = 13;          // host /proc, for the child's oom_score_adj

alignas(64) char g_strings[kMaxStringBytes + 1];
char* g_argv[kMaxStrings + 1];
char* g_envp[kMaxStrings + 1];
alignas(64) unsigned char g_child_stack[256 * 1024];

struct ChildArgs {
  const InitPlan* plan;
  int fds[4];  // stdin, stdout, stderr, channel (-1: none)
  int ruleset;  // Landlock ruleset to restrict the program with (-1: none)
  ChildLimits limits;
  volatile Stage stage;  // written by the vfork-style child before _exit
  volatile int error;
};
ChildArgs g_child;

// mount() with MS_NOSYMFOLLOW on what the box can write, so a link planted there is never
// followed (Compiler Explorer #6026); kernels before 5.10 refuse the flag with EINVAL, and then
// the mount is made without it.
int MountNoSymfollow(const char* source, const char* target, const char* type, unsigned long flags, const char* data) {
  if (mount(source, target, type, flags | MS_NOSYMFOLLOW, data) == 0) return 0;
  if (errno != EINVAL) return -1;
  return mount(source, target, type, flags, data);
}

[[noreturn]] void ChildFail(Stage stage) {
  g_child.error = errno;
  g_child.stage = stage;
  _exit(127);
}

void SetLimit(int resource, uint64_t value) {
  if (value == 0) return;
  rlimit current{};
  if (getrlimit(resource, &current) != 0) ChildFail(Stage::kRlimit);
  rlim_t v = value;
  if (current.rlim_max != RLIM_INFINITY && v > current.rlim_max) v = current.rlim_max;
  rlimit next{v, v};
  if (setrlimit(resource, &next) != 0) ChildFail(Stage::kRlimit);
}

bool SendFd(int sock, int fd) {
  char byte = 0;
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  return sendmsg(sock, &msg, MSG_NOSIGNAL) == 1;
}

// In the nested user namespace of a single-id box (identity.h) the child maps itself: the same
// one uid and gid as the box, setgroups denied as it already is in the box's namespace.
void MapSelf(const InitPlan& plan) {
  const char* const files[] = {"self/setgroups", "self/gid_map", "self/uid_map"};
  for (const char* file : files) {
    const std::string& text = file == files[0] ? plan.nested_setgroups : plan.nested_map;
    int fd = openat(kProcFd, file, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) ChildFail(Stage::kUserns);
    close(fd);
  }
}

// The program's process, on g_child_stack, sharing memory with the init until execve.
int ChildMain(void*) {
  const InitPlan& plan = *g_child.plan;
  if (plan.nested_userns) MapSelf(plan);
  // The OOM killer must prefer the program to the init (lowering the init's score would need
  // CAP_SYS_RESOURCE, which root lacks here).
  int oom = openat(kProcFd, "self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (oom < 0 || write(oom, "1000", 4) != 4) ChildFail(Stage::kOomScore);
  close(oom);
  // From here on the child opens nothing for writing; the domain survives execve. The child
  // still holds CAP_SYS_ADMIN in its user namespace (or is root), so no_new_privs can wait.
  if (g_child.ruleset >= 0 && syscall(SYS_landlock_restrict_self, g_child.ruleset, 0) != 0) {
    ChildFail(Stage::kLandlock);
  }
  // The channel first goes above every target number, so no dup below can overwrite it.
  int channel = -1;
  if (g_child.fds[3] >= 0 && (channel = fcntl(g_child.fds[3], F_DUPFD_CLOEXEC, 32)) < 0) ChildFail(Stage::kDup);
  for (int i = 0; i < 3; ++i) {
    if (dup2(g_child.fds[i], i) < 0) ChildFail(Stage::kDup);
  }
  int first_closed = 3;
  if (channel >= 0) {
    if (dup2(channel, kChannelFd) < 0) ChildFail(Stage::kDup);
    first_closed = kChannelFd + 1;
  }
  // Before RLIMIT_NOFILE drops below it (kChildNotifyFd).
  if (plan.notify && dup3(kNotifyChildFd, kChildNotifyFd, O_CLOEXEC) < 0) ChildFail(Stage::kDup);
  if (syscall(SYS_close_range, first_closed, kChildNotifyFd - 1, 0) != 0 ||
      syscall(SYS_close_range, kChildNotifyFd + (plan.notify ? 1 : 0), ~0U, 0) != 0) {
    ChildFail(Stage::kDup);
  }
  if (chdir(plan.workdir.c_str()) != 0) ChildFail(Stage::kChdir);
  const ChildLimits& l = g_child.limits;
  SetLimit(RLIMIT_CPU, l.cpu_seconds);
  SetLimit(RLIMIT_FSIZE, l.file_size);
  SetLimit(RLIMIT_NOFILE, l.open_files);
  SetLimit(RLIMIT_STACK, l.stack);
  SetLimit(RLIMIT_NPROC, l.processes);
  SetLimit(RLIMIT_AS, l.address_space);
  rlimit zero{0, 0};
  if (setrlimit(RLIMIT_CORE, &zero) != 0 || setrlimit(RLIMIT_MEMLOCK, &zero) != 0 ||
      setrlimit(RLIMIT_RTPRIO, &zero) != 0 || setrlimit(RLIMIT_MSGQUEUE, &zero) != 0) {
    ChildFail(Stage::kRlimit);
  }
  // A session and process group of its own: kill(0, ...) and kill(-pgid, ...) must not reach
  // the judge's process group, whose members live outside the box's pid namespace.
  if (setsid() < 0) ChildFail(Stage::kSetsid);
  if (plan.setgroups && syscall(SYS_setgroups, 0, nullptr) != 0) ChildFail(Stage::kSetgroups);
  if (syscall(SYS_setresgid, plan.gid, plan.gid, plan.gid) != 0) ChildFail(Stage::kSetgid);
  if (syscall(SYS_setresuid, plan.uid, plan.uid, plan.uid) != 0) ChildFail(Stage::kSetuid);
  // Leaving uid 0 cleared the capabilities; a box whose init already runs as the program's uid
  // (a single-id box, or its nested namespace) must clear them itself.
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct no_caps[_LINUX_CAPABILITY_U32S_3] = {};
  if (syscall(SYS_capset, &header, no_caps) != 0) ChildFail(Stage::kCapabilities);
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) ChildFail(Stage::kNoNewPrivs);
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) ChildFail(Stage::kDeathSig);
  if (plan.filter != nullptr) {
    sock_fprog prog{plan.filter_len, const_cast<sock_filter*>(plan.filter)};
    unsigned flags = plan.notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
    long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
    if (listener < 0) ChildFail(Stage::kSeccomp);
    // From here on every call must pass the filter: sendmsg on kChildNotifyFd, close, execve.
    if (plan.notify) {
      if (!SendFd(kChildNotifyFd, static_cast<int>(listener))) ChildFail(Stage::kListener);
      close(static_cast<int>(listener));
    }
  }
  execve(g_strings, g_argv, g_envp);
  ChildFail(Stage::kExec);
}

bool SendControl(MsgType type, Stage stage, int error) {
  Control c{type, stage, error};
  return send(kControlFd, &c, sizeof(c), MSG_NOSIGNAL) == static_cast<ssize_t>(sizeof(c));
}

[[noreturn]] void SetupFail(Stage stage) {
  SendControl(MsgType::kSetupError, stage, errno);
  _exit(1);
}

void MoveFd(int fd, int target, Stage stage) {
  if (fd < 0) SetupFail(stage);
  if (fd == target) return;
  if (dup3(fd, target, O_CLOEXEC) < 0) SetupFail(stage);
  close(fd);
}

// Builds the root: an empty tmpfs, the configured mounts, three devices; then pivot_root into it
// and make it read-only. Bind sources are reached through /oldroot until it is detached.
void SetupRoot(const InitPlan& plan) {
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) SetupFail(Stage::kMakePrivate);
  MoveFd(open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC), kProcFd, Stage::kOpenProc);
  // /tmp is only a mount point here: after pivot_root, /oldroot/tmp shows the host's /tmp again.
  if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,nr_inodes=512,mode=0755") != 0) {
    SetupFail(Stage::kRootTmpfs);
  }
  if (chdir("/tmp") != 0 || mkdir("oldroot", 0700) != 0) SetupFail(Stage::kRootTmpfs);
  if (syscall(SYS_pivot_root, ".", "oldroot") != 0) SetupFail(Stage::kPivotRoot);
  if (chdir("/") != 0) SetupFail(Stage::kPivotRoot);
  for (const std::string& dir : plan.mkdirs) {
    if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) SetupFail(Stage::kMountPoint);
  }
  for (const MountPlan& m : plan.mounts) {
    for (const std::string& dir : m.dirs) {
      if (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) SetupFail(Stage::kMountPoint);
    }
    if (m.bind && !m.is_dir) {
      int fd = open(m.target.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
      if (fd < 0) SetupFail(Stage::kMountPoint);
      close(fd);
    }
    if (!m.bind) {
      if (MountNoSymfollow("tmpfs", m.target.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, m.data.c_str()) != 0) {
        SetupFail(Stage::kTmpfs);
      }
      continue;
    }
    if (mount(m.source.c_str(), m.target.c_str(), nullptr, MS_BIND, nullptr) != 0) {
      SetupFail(Stage::kBind);
    }
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV | m.kept_flags;
    int rc = m.writable ? MountNoSymfollow(nullptr, m.target.c_str(), nullptr, flags, nullptr)
                        : mount(nullptr, m.target.c_str(), nullptr, flags | MS_RDONLY, nullptr);
    if (rc != 0) SetupFail(Stage::kRemount);
  }
  // Read-only but /dev/null: writes to /dev/urandom would reach the host's entropy pool, and
  // /dev/null is where a program may legitimately send output it does not want.
  static const char* const kDevices[] = {"null", "zero", "urandom"};
  char source[32];
  char target[32];
  for (const char* dev : kDevices) {
    std::strcpy(source, "/oldroot/dev/");
    std::strcat(source, dev);
    std::strcpy(target, "/dev/");
    std::strcat(target, dev);
    int fd = open(target, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) SetupFail(Stage::kDevices);
    close(fd);
    const unsigned long read_only = dev == kDevices[0] ? 0 : MS_RDONLY;
    if (mount(source, target, nullptr, MS_BIND, nullptr) != 0 ||
        mount(nullptr, target, nullptr, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NOEXEC | read_only | plan.dev_kept_flags,
              nullptr) != 0) {
      SetupFail(Stage::kDevices);
    }
  }
  if (sethostname("box", 3) != 0) SetupFail(Stage::kHostname);
  if (umount2("/oldroot", MNT_DETACH) != 0 || rmdir("/oldroot") != 0) SetupFail(Stage::kDetachOldRoot);
  if (mount(nullptr, "/", nullptr, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) != 0) {
    SetupFail(Stage::kRootReadOnly);
  }
  if (chdir("/") != 0) SetupFail(Stage::kRootReadOnly);
}

int64_t TimevalUs(const timeval& tv) { return int64_t{tv.tv_sec} * 1000000 + tv.tv_usec; }

int64_t MonotonicNs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

// Receives one datagram from the judge into header/g_strings; fds[] gets up to 4 descriptors.
// Returns the byte count, 0 on EOF, -1 on error.
ssize_t ReceiveRequest(RunHeader* header, int fds[4], int* nfds) {
  iovec iov[2] = {{header, sizeof(*header)}, {g_strings, kMaxStringBytes}};
  alignas(cmsghdr) char control[CMSG_SPACE(4 * sizeof(int))];
  msghdr msg{};
  msg.msg_iov = iov;
  msg.msg_iovlen = 2;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  ssize_t n;
  do {
    n = recvmsg(kControlFd, &msg, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  *nfds = 0;
  if (n < 0) return n;
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (size_t i = 0; i < count; ++i) {
      int fd;
      std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
      if (*nfds < 4) {
        fds[(*nfds)++] = fd;
      } else {
        close(fd);
      }
    }
  }
  if ((msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0) return -1;
  return n;
}

int ReceiveFd(int sock) {
  char byte;
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  if (recvmsg(sock, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC) != 1) return -1;
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  if (c == nullptr || c->cmsg_type != SCM_RIGHTS) return -1;
  int fd;
  std::memcpy(&fd, CMSG_DATA(c), sizeof(int));
  return fd;
}

// Splits g_strings into g_argv/g_envp. False if the counts do not match the NULs.
bool SplitStrings(const RunHeader& h) {
  if (h.argc == 0 || h.argc + h.envc > kMaxStrings || h.strings_len > kMaxStringBytes) return false;
  uint32_t i = 0;
  char* p = g_strings;
  char* end = g_strings + h.strings_len;
  for (; i < h.argc + h.envc; ++i) {
    char* nul = static_cast<char*>(std::memchr(p, '\0', static_cast<size_t>(end - p)));
    if (nul == nullptr) return false;
    if (i < h.argc) {
      g_argv[i] = p;
    } else {
      g_envp[i - h.argc] = p;
    }
    p = nul + 1;
  }
  g_argv[h.argc] = nullptr;
  g_envp[h.envc] = nullptr;
  return p == end;
}

void SendReply(const RunReply& reply) { send(kControlFd, &reply, sizeof(reply), MSG_NOSIGNAL); }

// Kills everything in the box but the init and reaps it all.
void KillAndReapAll() {
  kill(-1, SIGKILL);
  for (;;) {
    pid_t p = wait4(-1, nullptr, __WALL, nullptr);
    if (p < 0 && errno != EINTR) break;
  }
}

// A Landlock ruleset that lets the program open for writing only what it may write: the fresh
// /tmp (a rule on the mount point would not cover the tmpfs mounted over it), the writable
// mounts and /dev/null. Read-only mounts already refuse regular files; this also refuses the
// devices, which a read-only mount does not (writes to /dev/urandom reach the host's entropy
// pool). Returns the ruleset fd, or -1 with errno set.
int WriteRuleset(const InitPlan& plan) {
  landlock_ruleset_attr attr{};
  attr.handled_access_fs = LANDLOCK_ACCESS_FS_WRITE_FILE;
  int ruleset = static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0));
  if (ruleset < 0) return -1;
  for (const std::string& path : plan.writable) {
    landlock_path_beneath_attr rule{};
    rule.allowed_access = LANDLOCK_ACCESS_FS_WRITE_FILE;
    rule.parent_fd = open(path.c_str(), O_PATH | O_CLOEXEC);
    const bool ok = rule.parent_fd >= 0 &&
                    syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) == 0;
    const int error = errno;
    if (rule.parent_fd >= 0) close(rule.parent_fd);
    if (!ok) {
      close(ruleset);
      errno = error;
      return -1;
    }
  }
  return ruleset;
}

void RunOne(const InitPlan& plan, const RunHeader& h, int fds[4]) {
  RunReply reply{};
  reply.type = MsgType::kResult;
  reply.blocked_nr = -1;
  auto fail = [&](Stage stage, int error) {
    reply.failed_stage = stage;
    reply.error = error;
  };
  if (MountNoSymfollow("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, plan.tmp_options.c_str()) != 0) {
    fail(Stage::kRunTmp, errno);
    SendReply(reply);
    return;
  }
  g_child.ruleset = -1;
  if (plan.landlock && (g_child.ruleset = WriteRuleset(plan)) < 0) {
    fail(Stage::kLandlock, errno);
    for (int i = 0; i < 4; ++i)
      if (fds[i] >= 0) close(fds[i]);
    umount2("/tmp", MNT_DETACH);
    SendReply(reply);
    return;
  }
  rusage before{};
  getrusage(RUSAGE_CHILDREN, &before);
  g_child.plan = &plan;
  for (int i = 0; i < 4; ++i) g_child.fds[i] = fds[i];
  g_child.limits = h.limits;
  g_child.stage = Stage::kNone;
  g_child.error = 0;
  int pidfd = -1;
  // The last child's setresuid ran on this process's memory (CLONE_VM) and so made it
  // non-dumpable, which hands /proc/self of the next child to root: its oom_score_adj would be
  // unwritable where the init is not root (a rootless box with /etc/subuid ids).
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  int64_t start = MonotonicNs();
  const int userns = plan.nested_userns ? CLONE_NEWUSER : 0;
  pid_t pid = clone(ChildMain, g_child_stack + sizeof(g_child_stack),
                    CLONE_VM | CLONE_VFORK | CLONE_PIDFD | userns | SIGCHLD, nullptr, &pidfd);
  int clone_errno = errno;
  for (int i = 0; i < 4; ++i)
    if (fds[i] >= 0) close(fds[i]);
  int listener = -1;
  if (pid < 0) {
    fail(Stage::kClone, clone_errno);
  } else if (g_child.stage != Stage::kNone) {
    fail(g_child.stage, g_child.error);
  } else {
    if (plan.notify) listener = ReceiveFd(kNotifyParentFd);
    pollfd pfd[3] = {{pidfd, POLLIN, 0}, {kControlFd, POLLIN, 0}, {listener, POLLIN, 0}};
    for (;;) {
      int n = poll(pfd, 3, -1);
      if (n < 0) {
        if (errno == EINTR) continue;
        break;
      }
      if (pfd[0].revents != 0) break;
      if (pfd[1].revents != 0) {
        Control c{};
        ssize_t got = recv(kControlFd, &c, sizeof(c), MSG_DONTWAIT);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
          kill(-1, SIGKILL);  // the judge is gone: take the box down with it
          _exit(0);
        }
        if (got > 0 && c.type == MsgType::kKill) kill(-1, SIGKILL);
      }
      if (pfd[2].revents & POLLIN) {
        seccomp_notif req{};
        if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req) == 0 && reply.blocked_nr < 0) {
          reply.blocked_nr = req.data.nr;
          reply.blocked_arch = req.data.arch;
        }
        kill(-1, SIGKILL);
      } else if (pfd[2].revents != 0) {
        pfd[2].fd = -1;  // no task uses the filter any more
      }
    }
    reply.wall_ns = MonotonicNs() - start;
  }
  if (pid > 0) {
    int status = 0;
    // The program's own rusage: its peak resident set (and that of the children it reaped),
    // per run. RUSAGE_CHILDREN's ru_maxrss would be the largest of the box's whole life.
    rusage program{};
    while (wait4(pid, &status, __WALL, &program) < 0 && errno == EINTR) {
    }
    reply.wait_status = status;
    reply.max_rss_kb = program.ru_maxrss;
  }
  KillAndReapAll();
  rusage after{};
  getrusage(RUSAGE_CHILDREN, &after);
  reply.user_us = TimevalUs(after.ru_utime) - TimevalUs(before.ru_utime);
  reply.system_us = TimevalUs(after.ru_stime) - TimevalUs(before.ru_stime);
  if (listener >= 0) close(listener);
  if (pidfd >= 0) close(pidfd);
  if (g_child.ruleset >= 0) close(g_child.ruleset);
  umount2("/tmp", MNT_DETACH);
  SendReply(reply);
}

}  // namespace

const char* ExecPathAddress() { return g_strings; }

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
  if (this != &other) {
    KillAndReap();
    pid_ = other.pid_;
    other.pid_ = -1;
  }
  return *this;
}

void ChildProcess::KillAndReap() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  while (waitpid(pid_, nullptr, __WALL) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

const char* StageName(Stage stage) {
  switch (stage) {
    case Stage::kNone: return "none";
    case Stage::kUnshareCgroup: return "unshare cgroup namespace";
    case Stage::kMakePrivate: return "make / private";
    case Stage::kRootTmpfs: return "mount root tmpfs";
    case Stage::kPivotRoot: return "pivot_root";
    case Stage::kMountPoint: return "create mount point";
    case Stage::kBind: return "bind mount";
    case Stage::kRemount: return "remount bind";
    case Stage::kTmpfs: return "mount tmpfs";
    case Stage::kDevices: return "bind devices";
    case Stage::kHostname: return "sethostname";
    case Stage::kDetachOldRoot: return "detach old root";
    case Stage::kRootReadOnly: return "remount root read-only";
    case Stage::kOpenProc: return "open /proc";
    case Stage::kRunTmp: return "mount /tmp";
    case Stage::kClone: return "clone";
    case Stage::kDup: return "set up descriptors";
    case Stage::kChdir: return "chdir to workdir";
    case Stage::kRlimit: return "setrlimit";
    case Stage::kOomScore: return "set oom_score_adj";
    case Stage::kSetsid: return "setsid";
    case Stage::kSetgroups: return "setgroups";
    case Stage::kSetgid: return "setresgid";
    case Stage::kSetuid: return "setresuid";
    case Stage::kNoNewPrivs: return "PR_SET_NO_NEW_PRIVS";
    case Stage::kDeathSig: return "PR_SET_PDEATHSIG";
    case Stage::kSeccomp: return "load seccomp filter";
    case Stage::kListener: return "pass seccomp listener";
    case Stage::kExec: return "execve";
    case Stage::kProtocol: return "malformed request";
    case Stage::kUserns: return "map the program's user namespace";
    case Stage::kCapabilities: return "drop capabilities";
    case Stage::kLandlock: return "landlock";
  }
  return "unknown";
}

void InitMain(const InitPlan& plan) {
  // Keep only the judge socket: other boxes' sockets and the judge's files must not live on here.
  if (plan.control_fd != kControlFd) {
    if (dup3(plan.control_fd, kControlFd, O_CLOEXEC) < 0) _exit(1);
  }
  syscall(SYS_close_range, 0, kControlFd - 1, 0);
  syscall(SYS_close_range, kControlFd + 1, ~0U, 0);
  // The judge's dispositions (e.g. SIGPIPE ignored) would survive exec into the program.
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  for (int sig = 1; sig < NSIG; ++sig) signal(sig, SIG_DFL);

  Control go{};
  if (recv(kControlFd, &go, sizeof(go), 0) != static_cast<ssize_t>(sizeof(go)) || go.type != MsgType::kGo) {
    _exit(0);
  }
  // After the judge moved us into the box cgroups, so the box sees its own group as the root.
  unshare(CLONE_NEWCGROUP);
  if (plan.notify) {
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) SetupFail(Stage::kListener);
    MoveFd(pair[0], kNotifyParentFd, Stage::kListener);
    MoveFd(pair[1], kNotifyChildFd, Stage::kListener);
  }
  SetupRoot(plan);
  int null_fd = open("/dev/null", O_RDWR);
  if (null_fd != 0 || dup2(0, 1) != 1 || dup2(0, 2) != 2) SetupFail(Stage::kDevices);
  SendControl(MsgType::kReady, Stage::kNone, 0);

  for (;;) {
    RunHeader header{};
    int fds[4] = {-1, -1, -1, -1};
    int nfds = 0;
    ssize_t n = ReceiveRequest(&header, fds, &nfds);
    if (n == 0) _exit(0);
    if (n < 0 && errno != EAGAIN) _exit(1);
    if (n < static_cast<ssize_t>(sizeof(MsgType)) || header.type != MsgType::kRun) {
      for (int i = 0; i < nfds; ++i) close(fds[i]);
      continue;  // a late kill for a run that already ended
    }
    if (n < static_cast<ssize_t>(sizeof(header)) || nfds != (header.has_channel ? 4 : 3) ||
        static_cast<size_t>(n) != sizeof(header) + header.strings_len || !SplitStrings(header)) {
      for (int i = 0; i < nfds; ++i) close(fds[i]);
      RunReply reply{};
      reply.type = MsgType::kResult;
      reply.failed_stage = Stage::kProtocol;
      reply.blocked_nr = -1;
      SendReply(reply);
      continue;
    }
    RunOne(plan, header, fds);
  }
}

}  // namespace sandbox::internal
