// The box's init process (pid 1 of the box's pid namespace) and the wire format between it and
// the judge. Everything the init needs is computed by the judge before clone() into an InitPlan;
// the init, a copy of the judge's address space, only reads it: no allocation, no exceptions,
// no logging after clone (STYLE.md section 4).
#pragma once

#include <linux/filter.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/result.h"
#include "sandbox/unique_fd.h"

namespace sandbox::internal {

inline constexpr size_t kMaxStringBytes = 64 * 1024;  // argv + env of one run
inline constexpr size_t kMaxStrings = 2048;           // argc + envc

enum class MsgType : uint32_t { kGo = 1, kReady, kSetupError, kRun, kKill, kResult };

// One step of the box setup or the per-run launch; names the step in an Error.
enum class Stage : int32_t {
  kNone = 0, kUnshareCgroup, kMakePrivate, kRootTmpfs, kPivotRoot, kMountPoint, kBind, kRemount,
  kTmpfs, kDevices, kHostname, kDetachOldRoot, kRootReadOnly, kOpenProc, kRunTmp, kClone,
  kDup, kChdir, kRlimit, kOomScore, kSetgroups, kSetgid, kSetuid, kNoNewPrivs, kDeathSig,
  kSeccomp, kListener, kExec, kProtocol, kSetsid, kUserns, kCapabilities, kLandlock,
};
const char* StageName(Stage stage);

struct Control {
  MsgType type;
  Stage stage;    // kSetupError
  int32_t error;  // kSetupError: errno
};

// Limits the child applies to itself; 0 = leave the inherited value.
struct ChildLimits {
  uint64_t cpu_seconds;
  uint64_t file_size;
  uint64_t open_files;
  uint64_t stack;
  uint64_t processes;
  uint64_t address_space;  // no memory cgroup, or Limits::cap_address_space
};

// Followed in the same datagram by strings_len bytes: argc NUL-terminated argv strings, then
// envc env strings. Three fds ride along (SCM_RIGHTS): stdin, stdout, stderr, and a fourth,
// the channel (kChannelFd in the program), when has_channel is set.
struct RunHeader {
  MsgType type;
  uint32_t argc;
  uint32_t envc;
  uint32_t strings_len;
  uint32_t has_channel;
  ChildLimits limits;
};

struct RunReply {
  MsgType type;
  Stage failed_stage;     // kNone when the program was started
  int32_t error;          // errno of failed_stage
  int32_t wait_status;    // of the program (argv[0] process)
  int64_t user_us;        // RUSAGE_CHILDREN delta: every process of the run
  int64_t system_us;
  int64_t max_rss_kb;     // the program's peak resident set (wait4), per run
  int64_t wall_ns;        // clone to reap of the program, CLOCK_MONOTONIC
  int32_t blocked_nr;     // -1: none; else the syscall number that seccomp stopped
  uint32_t blocked_arch;  // AUDIT_ARCH_* of blocked_nr
};

struct MountPlan {
  std::vector<std::string> dirs;  // to create first (parents first); the target too for dirs
  bool bind = true;
  bool writable = false;
  bool is_dir = true;       // bind of a directory (else a file: the mount point is a file)
  std::string source;       // "/oldroot" + host path
  std::string target;       // path in the box
  std::string data;         // tmpfs options
  // Flags the bind's source mount has that a mount namespace owned by a user namespace may not
  // drop (MS_NOEXEC, MS_RDONLY ...): the remount repeats them (mount_namespaces(7), "locked").
  unsigned long kept_flags = 0;
};

// Everything the init needs, prepared by the judge before clone().
struct InitPlan {
  std::vector<MountPlan> mounts;
  std::vector<std::string> mkdirs;  // created before the mounts (/dev, /tmp)
  std::string workdir;
  std::string tmp_options;          // the per-run /tmp tmpfs
  uid_t uid = 0;
  gid_t gid = 0;
  bool setgroups = true;        // drop supplementary groups (not allowed where setgroups is "deny")
  bool nested_userns = false;   // launch the program in a user namespace of its own (identity.h),
  std::string nested_setgroups; // which it maps itself with these two ("deny\n", "60000 60000 1\n")
  std::string nested_map;
  unsigned long dev_kept_flags = 0;  // kept_flags of the host's /dev mount
  bool landlock = false;             // restrict the program's writes to `writable` (Landlock)
  std::vector<std::string> writable; // box paths: /tmp, writable mounts, /dev/null
  const sock_filter* filter = nullptr;  // nullptr: no seccomp
  unsigned short filter_len = 0;
  bool notify = false;                  // the filter reports blocked calls to a listener
  int control_fd = -1;                  // the init's end of the judge socket
};

// Owns a child pid: the destructor SIGKILLs and reaps it unless it was reaped already.
class ChildProcess {
 public:
  ChildProcess() = default;
  explicit ChildProcess(pid_t pid) : pid_(pid) {}
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ChildProcess(ChildProcess&& other) noexcept : pid_(other.pid_) { other.pid_ = -1; }
  ChildProcess& operator=(ChildProcess&& other) noexcept;
  ~ChildProcess() { KillAndReap(); }
  pid_t pid() const { return pid_; }
  void KillAndReap();

 private:
  pid_t pid_ = -1;
};

// Runs in the cloned init; never returns.
[[noreturn]] void InitMain(const InitPlan& plan);

// Address of the string the program's execve() must pass as pathname: argv[0] is always
// received at the start of this static buffer. The kRun seccomp profile allows execve only with
// this exact pointer (the program cannot exec a second time).
const char* ExecPathAddress();

// Fd number of the socket over which the child hands the seccomp listener to the init; the
// filter allows sendmsg() on this fd only. It is close-on-exec, gone in the program, and above
// the program's RLIMIT_NOFILE (never more than this number), so the program can never make a
// socket of its own appear there: sendmsg (and with it SCM_RIGHTS) is of no use to it.
inline constexpr int kChildNotifyFd = 1023;

}  // namespace sandbox::internal
