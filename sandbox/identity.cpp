// Box identities and user namespace maps. Kernel rules: user_namespaces(7) ("Defining user and
// group ID mappings", "Interaction with system calls that change process UIDs or GIDs"), and
// newuidmap(1): a user may map its own id (count 1) and the ranges /etc/subuid grants it.
#include "sandbox/identity.h"

#include <fcntl.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "sandbox/unique_fd.h"

extern char** environ;

namespace sandbox::internal {
namespace {

std::string ReadText(const char* path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

long ReadSysctl(const char* path, long missing) {
  std::ifstream in(path);
  long v = missing;
  if (!(in >> v)) return missing;
  return v;
}

bool ParseU32(std::string_view s, uint32_t* out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// A setuid-root (or file-capability) helper at one of the usual places.
std::string FindIdMapHelper(const char* name) {
  for (const char* dir : {"/usr/bin/", "/bin/", "/usr/sbin/"}) {
    std::string path = std::string(dir) + name;
    struct stat st{};
    if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    const bool setuid_root = (st.st_mode & S_ISUID) != 0 && st.st_uid == 0;
    const bool has_caps = getxattr(path.c_str(), "security.capability", nullptr, 0) > 0;
    if (setuid_root || has_caps) return path;
  }
  return "";
}

std::string UserName(uid_t uid) {
  passwd pw{};
  passwd* found = nullptr;
  char buf[4096];
  if (getpwuid_r(uid, &pw, buf, sizeof(buf), &found) == 0 && found != nullptr) return found->pw_name;
  return "";
}

IdentityHost DoProbe() {
  IdentityHost host;
  host.user_uid = geteuid();
  host.user_gid = getegid();
  const std::string name = UserName(host.user_uid);
  if (host.user_uid == 0 && RangeMapped(ReadText("/proc/self/uid_map"), kFirstBoxUid, kSlotCount) &&
      RangeMapped(ReadText("/proc/self/gid_map"), kFirstBoxUid, kSlotCount)) {
    host.kind = IdentityKind::kRoot;
    host.reason = "running as root";
    const std::string& problem = UsernsProblem();
    host.userns = problem.empty();
    host.detail = host.userns
                      ? fmt::format("uid {}-{} per box, each box in a user namespace of its own (slots in /run/judge-slots)",
                                    kFirstBoxUid, kFirstBoxUid + kSlotCount - 1)
                      : fmt::format("uid {}-{} per box in the host's user namespace: {}; slots are claimed in "
                                    "/run/judge-slots and by an abstract socket per uid",
                                    kFirstBoxUid, kFirstBoxUid + kSlotCount - 1, problem);
    return host;
  }
  host.reason = host.user_uid == 0
                    ? fmt::format("uid 0 in a user namespace that does not map the box uids {}-{}", kFirstBoxUid,
                                  kFirstBoxUid + kSlotCount - 1)
                    : fmt::format("running as uid {}{}, not root", host.user_uid, name.empty() ? "" : " (" + name + ")");
  const std::string id = std::to_string(host.user_uid);
  auto subuid = FindSubordinateRange(ReadText("/etc/subuid"), name, host.user_uid);
  auto subgid = FindSubordinateRange(ReadText("/etc/subgid"), name, host.user_uid);
  host.newuidmap = FindIdMapHelper("newuidmap");
  host.newgidmap = FindIdMapHelper("newgidmap");
  if (subuid && subgid && !host.newuidmap.empty() && !host.newgidmap.empty()) {
    host.kind = IdentityKind::kSubordinate;
    host.subuid = *subuid;
    host.subgid = *subgid;
    const uint32_t slots = std::min<uint32_t>({kSlotCount, subuid->count, subgid->count});
    host.detail = fmt::format(
        "each box in a user namespace of its own; programs run as host uid {}-{} (/etc/subuid of {} through {})",
        subuid->first, subuid->first + slots - 1, name.empty() ? id : name, host.newuidmap);
    return host;
  }
  host.kind = IdentityKind::kSingle;
  std::string why;
  if (!subuid || !subgid) {
    why = fmt::format("no /etc/subuid and /etc/subgid range for {}", name.empty() ? id : name);
  } else {
    why = "newuidmap/newgidmap (Debian package uidmap) not installed";
  }
  host.detail = fmt::format(
      "programs run as your own uid, each box and each program in a user namespace of its own ({}; with one, "
      "concurrent boxes also get distinct host uids)",
      why);
  return host;
}

// Writes `text` to an existing /proc file in one write(2), as the id map files require.
Result<void> WriteProcFile(const std::string& path, const std::string& text) {
  UniqueFd fd(open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd || write(fd.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
    return MakeError(ErrorKind::kInternal, fmt::format("cannot write {} ('{}'): {}", path, text.substr(0, text.size() - 1),
                                                       strerror(errno)));
  }
  return {};
}

// Runs newuidmap/newgidmap with an empty environment; its stderr becomes the error.
Result<void> RunIdMapHelper(const std::string& helper, const std::vector<std::string>& args) {
  Pipe err;
  if (!err.Open()) return MakeError(ErrorKind::kInternal, fmt::format("pipe: {}", strerror(errno)));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, err.write.get(), 2);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(helper.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  char* envp[] = {nullptr};
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv.data(), envp);
  posix_spawn_file_actions_destroy(&actions);
  err.write.Reset();
  if (rc != 0) return MakeError(ErrorKind::kInternal, fmt::format("cannot run {}: {}", helper, strerror(rc)));
  std::string message;
  char buf[512];
  for (ssize_t n; (n = read(err.read.get(), buf, sizeof(buf))) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    if (message.size() < 4096) message.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return MakeError(ErrorKind::kInternal, fmt::format("{} failed: {}", helper, message.empty() ? "no message" : message));
  }
  return {};
}

// The probe child: waits until its maps are written, then does what a box init does first.
enum ProbeStep : int { kProbeOk = 0, kProbeNoGo = 10, kProbePrivate, kProbeTmpfs, kProbeHostname };

std::string UsernsHints(int errno_at_clone = 0) {
  std::string hints;
  if (ReadSysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", 0) == 1) {
    hints += "; AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1, "
             "Ubuntu 23.10 and later): install the judge profile from the README, section Sandbox";
  }
  if (ReadSysctl("/proc/sys/kernel/unprivileged_userns_clone", 1) == 0) {
    hints += "; kernel.unprivileged_userns_clone is 0: sudo sysctl -w kernel.unprivileged_userns_clone=1";
  }
  if (ReadSysctl("/proc/sys/user/max_user_namespaces", 1) == 0) {
    hints += "; user.max_user_namespaces is 0: sudo sysctl -w user.max_user_namespaces=15000";
  }
  if (errno_at_clone == EPERM) hints += "; the kernel also refuses them inside a chroot";
  return hints;
}

std::string ProbeUserns() {
  Pipe go;
  if (!go.Open()) return fmt::format("pipe: {}", strerror(errno));
  const unsigned long flags =
      CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
  long pid = syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr);
  if (pid < 0) {
    const int error = errno;
    return fmt::format("cannot create a user namespace with mount, pid, network, ipc and uts namespaces ({}){}",
                       strerror(error), UsernsHints(error));
  }
  if (pid == 0) {
    go.write.Reset();
    char byte;
    if (read(go.read.get(), &byte, 1) != 1) _exit(kProbeNoGo);
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) _exit(kProbePrivate);
    if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=4k") != 0) _exit(kProbeTmpfs);
    if (sethostname("probe", 5) != 0) _exit(kProbeHostname);
    _exit(kProbeOk);
  }
  go.read.Reset();
  const std::string proc = fmt::format("/proc/{}/", pid);
  // As a box would be mapped: root maps every id to itself, anyone else its own ids only.
  const bool root = geteuid() == 0;
  Result<void> mapped = root ? Result<void>() : WriteProcFile(proc + "setgroups", "deny\n");
  if (mapped) {
    mapped = WriteProcFile(proc + "gid_map", root ? std::string("0 0 4294967295\n")
                                                  : fmt::format("{} {} 1\n", kFirstBoxUid, getegid()));
  }
  if (mapped) {
    mapped = WriteProcFile(proc + "uid_map", root ? std::string("0 0 4294967295\n")
                                                  : fmt::format("{} {} 1\n", kFirstBoxUid, geteuid()));
  }
  if (mapped) (void)!write(go.write.get(), "g", 1);
  go.write.Reset();
  int status = 0;
  while (waitpid(static_cast<pid_t>(pid), &status, 0) < 0 && errno == EINTR) {
  }
  if (!mapped) return "cannot map ids into a new user namespace: " + mapped.error().message + UsernsHints();
  if (!WIFEXITED(status)) return "the user namespace probe died";
  switch (WEXITSTATUS(status)) {
    case kProbeOk: return "";
    case kProbePrivate: return "a new user namespace has no capabilities (mount --make-private refused)" + UsernsHints();
    case kProbeTmpfs: return "a new user namespace may not mount a tmpfs" + UsernsHints();
    case kProbeHostname: return "a new user namespace may not set its hostname" + UsernsHints();
    default: return "the user namespace probe failed";
  }
}

}  // namespace

std::optional<IdRange> FindSubordinateRange(std::string_view file_text, std::string_view user_name, uint32_t id) {
  const std::string id_text = std::to_string(id);
  size_t pos = 0;
  while (pos < file_text.size()) {
    size_t end = file_text.find('\n', pos);
    if (end == std::string_view::npos) end = file_text.size();
    std::string_view line = file_text.substr(pos, end - pos);
    pos = end + 1;
    const size_t a = line.find(':');
    const size_t b = a == std::string_view::npos ? a : line.find(':', a + 1);
    if (b == std::string_view::npos) continue;
    std::string_view owner = line.substr(0, a);
    if (owner.empty() || (owner != user_name && owner != id_text)) continue;
    IdRange range;
    if (!ParseU32(line.substr(a + 1, b - a - 1), &range.first) || !ParseU32(line.substr(b + 1), &range.count)) continue;
    if (range.count == 0 || range.first == 0 || uint64_t{range.first} + range.count > 0xFFFFFFFFull) continue;
    return range;
  }
  return std::nullopt;
}

bool RangeMapped(std::string_view map_text, uint32_t first, uint32_t count) {
  struct Extent {
    uint64_t inside, count;
  };
  std::vector<Extent> extents;
  std::istringstream in{std::string(map_text)};
  for (uint64_t inside, outside, n; in >> inside >> outside >> n;) extents.push_back({inside, n});
  uint64_t next = first;
  const uint64_t end = uint64_t{first} + count;
  while (next < end) {
    auto it = std::find_if(extents.begin(), extents.end(),
                           [&](const Extent& e) { return e.inside <= next && next < e.inside + e.count; });
    if (it == extents.end()) return false;
    next = it->inside + it->count;
  }
  return true;
}

const IdentityHost& ProbeIdentity() {
  static const IdentityHost host = DoProbe();
  return host;
}

const std::string& UsernsProblem() {
  static const std::string problem = ProbeUserns();
  return problem;
}

Result<BoxIdentity> BoxIdentity::Acquire() {
  BoxIdentity id;
  id.host_ = &ProbeIdentity();
  if (id.host_->kind != IdentityKind::kSingle) {
    int slots = kSlotCount;
    uid_t first = kFirstBoxUid;
    if (id.host_->kind == IdentityKind::kSubordinate) {
      slots = static_cast<int>(std::min<uint32_t>({kSlotCount, id.host_->subuid.count, id.host_->subgid.count}));
      first = id.host_->subuid.first;
    }
    auto slot = UidSlot::Acquire(slots, first);
    if (!slot) return slot.error();
    id.slot_ = std::move(*slot);
  }
  return id;
}

uid_t BoxIdentity::box_uid() const {
  return host_->kind == IdentityKind::kSingle ? kFirstBoxUid : slot_.uid();
}

uid_t BoxIdentity::host_uid() const {
  switch (host_->kind) {
    case IdentityKind::kRoot: return slot_.uid();
    case IdentityKind::kSubordinate: return host_->subuid.first + static_cast<uid_t>(slot_.slot());
    case IdentityKind::kSingle: return host_->user_uid;
  }
  return host_->user_uid;
}

Result<void> BoxIdentity::MapInit(pid_t init) const {
  const std::string proc = fmt::format("/proc/{}/", init);
  switch (host_->kind) {
    case IdentityKind::kRoot: {
      if (!userns()) return {};  // the host's user namespace (FallBackToHostUserns)
      // The identity over every id: file access, ownership and the program's setresuid work
      // exactly as they would without a user namespace.
      if (auto r = WriteProcFile(proc + "gid_map", "0 0 4294967295\n"); !r) return r;
      return WriteProcFile(proc + "uid_map", "0 0 4294967295\n");
    }
    case IdentityKind::kSubordinate: {
      const uid_t box = box_uid();
      const std::string pid = std::to_string(init);
      const uint32_t slot = static_cast<uint32_t>(slot_.slot());
      if (auto r = RunIdMapHelper(host_->newgidmap, {pid, "0", std::to_string(host_->user_gid), "1", std::to_string(box),
                                                     std::to_string(host_->subgid.first + slot), "1"});
          !r) {
        return r;
      }
      return RunIdMapHelper(host_->newuidmap, {pid, "0", std::to_string(host_->user_uid), "1", std::to_string(box),
                                               std::to_string(host_->subuid.first + slot), "1"});
    }
    case IdentityKind::kSingle: {
      if (auto r = WriteProcFile(proc + "setgroups", "deny\n"); !r) return r;
      if (auto r = WriteProcFile(proc + "gid_map", fmt::format("{} {} 1\n", kFirstBoxUid, host_->user_gid)); !r) return r;
      return WriteProcFile(proc + "uid_map", fmt::format("{} {} 1\n", kFirstBoxUid, host_->user_uid));
    }
  }
  return {};
}

}  // namespace sandbox::internal
