#include "judge/run/package_box.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <mutex>

#include "sandbox/unique_fd.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;
using sandbox::Result;
using sandbox::Termination;

namespace {

std::atomic<bool> g_allow_degraded{false};

sandbox::Sandbox& PackageSandbox() {
  static std::once_flag once;
  static std::unique_ptr<sandbox::Sandbox> instance;
  std::call_once(once, [] { instance = sandbox::MakeLinuxSandbox(); });
  return *instance;
}

// Opens `path` (a host file the judge names) for the box's stdin; -1 on failure.
int OpenForReading(const fs::path& path) {
  return ::open(path.empty() ? "/dev/null" : path.c_str(), O_RDONLY | O_CLOEXEC);
}

// Walks `dirfd` without following links, chmod-ing folders and regular files.
void OpenUpAt(int dirfd, bool writable, int depth) {
  if (depth > 64) return;
  const int copy = ::dup(dirfd);
  if (copy < 0) return;
  DIR* dir = ::fdopendir(copy);
  if (dir == nullptr) {
    ::close(copy);
    return;
  }
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    sandbox::UniqueFd fd(::openat(dirfd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd) continue;  // a symbolic link (ELOOP) or a special file: left alone
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      ::fchmod(fd.get(), writable ? 0777 : 0755);
      OpenUpAt(fd.get(), writable, depth + 1);
    } else if (S_ISREG(st.st_mode)) {
      const mode_t exec = (st.st_mode & 0111) ? 0111 : 0;
      ::fchmod(fd.get(), (writable ? 0666 : 0644) | exec);
    }
  }
  ::closedir(dir);
}

}  // namespace

void AllowDegradedPackageBoxes(bool allow) { g_allow_degraded = allow; }

std::vector<sandbox::Mount> PackageToolchainMounts() {
  std::vector<sandbox::Mount> mounts;
  for (const char* dir : {"/usr", "/bin", "/lib", "/lib64"}) {
    std::error_code ec;
    if (fs::exists(dir, ec)) mounts.push_back({sandbox::Mount::Kind::kBind, dir, dir, false, 0, 0});
  }
  return mounts;
}

sandbox::Limits CheckerLimits(std::chrono::milliseconds cpu, std::chrono::milliseconds wall) {
  sandbox::Limits l;
  l.cpu_time = cpu;
  l.wall_time = wall;
  l.memory_bytes = 1ull << 30;
  l.stdout_bytes = 64ull << 20;
  l.stderr_bytes = 64ull << 10;
  l.file_size_bytes = 64ull << 20;
  l.max_processes = 16;
  l.max_open_files = 64;
  return l;
}

sandbox::Limits BuildLimits() {
  sandbox::Limits l;
  l.cpu_time = std::chrono::seconds(120);
  l.wall_time = std::chrono::seconds(120);
  l.memory_bytes = 2ull << 30;
  l.stdout_bytes = 1ull << 20;
  l.stderr_bytes = 1ull << 20;
  l.file_size_bytes = 256ull << 20;
  l.max_processes = 64;
  l.max_open_files = 256;
  return l;
}

sandbox::Limits GeneratorLimits(std::chrono::milliseconds wall, uint64_t output_bytes) {
  sandbox::Limits l = CheckerLimits(wall, wall);  // a checker's, but its output is the product
  l.stdout_bytes = output_bytes;
  l.file_size_bytes = output_bytes;
  return l;
}

void OpenUpTree(const fs::path& root, bool writable) {
  sandbox::UniqueFd fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (!fd) return;
  ::fchmod(fd.get(), writable ? 0777 : 0755);
  OpenUpAt(fd.get(), writable, 0);
}

std::string ReadBoxFile(const fs::path& dir, const std::string& name, size_t limit) {
  sandbox::UniqueFd at(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!at) return {};
  const fs::path rel(name);
  for (auto it = rel.begin(); it != rel.end(); ++it) {
    const bool last = std::next(it) == rel.end();
    const int flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? O_NONBLOCK : O_DIRECTORY);
    sandbox::UniqueFd next(::openat(at.get(), it->c_str(), flags));
    if (!next) return {};
    at = std::move(next);
  }
  struct stat st {};
  if (::fstat(at.get(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
  std::string text;
  char buf[65536];
  while (text.size() < limit) {
    const ssize_t n = ::read(at.get(), buf, std::min(sizeof buf, limit - text.size()));
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  return text;
}

Result<PackageRun> RunPackageProgram(const PackageRunSpec& spec) {
  sandbox::UniqueFd stdin_fd(spec.stdin_fd), stdout_fd(spec.stdout_fd);
  if (!stdin_fd) {
    stdin_fd.Reset(OpenForReading(spec.stdin_path));
    if (!stdin_fd)
      return MakeError(ErrorKind::kInternal, fmt::format("cannot open {}: {}", spec.stdin_path.string(), std::strerror(errno)));
  }
  if (!stdout_fd && !spec.stdout_path.empty()) {
    stdout_fd.Reset(::open(spec.stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!stdout_fd)
      return MakeError(ErrorKind::kInternal,
                       fmt::format("cannot write {}: {}", spec.stdout_path.string(), std::strerror(errno)));
  }
  sandbox::BoxConfig config;
  config.mounts = PackageToolchainMounts();
  config.mounts.insert(config.mounts.end(), spec.mounts.begin(), spec.mounts.end());
  config.workdir = spec.workdir;
  config.seccomp = spec.seccomp;
  const bool builds = spec.seccomp != sandbox::SeccompProfile::kRun;
  config.tmp_size_bytes = builds ? 512ull << 20 : 64ull << 20;
  config.tmp_max_inodes = builds ? 4096 : 256;
  config.allow_degraded = g_allow_degraded;
  auto box = PackageSandbox().CreateBox(config);
  if (!box) return box.error();
  sandbox::RunRequest request;
  request.argv = {spec.program};
  request.argv.insert(request.argv.end(), spec.args.begin(), spec.args.end());
  request.env = {"PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", "TMPDIR=/tmp", "HOME=/tmp"};
  request.limits = spec.limits;
  request.stdin_fd = stdin_fd.Release();
  if (stdout_fd) request.stdout_fd = stdout_fd.Release();
  auto ran = (*box)->Run(request);
  box->reset();  // everything it started is gone before the caller reads what it wrote
  if (!ran) return ran.error();
  PackageRun run;
  run.raw = std::move(*ran);
  run.output = run.raw.stdout_data;
  run.errors = run.raw.stderr_data;
  switch (run.raw.termination) {
    case Termination::kExited:
      run.exit_code = run.raw.exit_code;
      break;
    case Termination::kCpuTime:
    case Termination::kWallTime:
      run.timed_out = true;
      break;
    case Termination::kSignaled:
      // Callers keep their own words for a crash ("crashed (killed by a signal)").
      run.killed_by_sigpipe = run.raw.signal == SIGPIPE;
      break;
    case Termination::kMemory:
      run.ended = fmt::format("exceeded its memory limit ({} MiB)", spec.limits.memory_bytes >> 20);
      break;
    case Termination::kOutput:
      run.ended = fmt::format("exceeded its output limit ({} MiB)", spec.limits.file_size_bytes >> 20);
      break;
    case Termination::kBlockedSyscall:
      run.ended = fmt::format("made a blocked system call ({})", run.raw.blocked_syscall);
      break;
  }
  return run;
}

}  // namespace judge
