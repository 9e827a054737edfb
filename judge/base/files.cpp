#include "judge/base/files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace judge {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;

fs::path JudgeHome() {
  if (const char* home = std::getenv("JUDGE_HOME"); home && *home) return fs::path(home);
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "judge";
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : "/tmp") / ".local" / "share" / "judge";
}

sandbox::Result<void> EnsureDir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return MakeError(ErrorKind::kInternal, fmt::format("cannot create {}: {}", dir.string(), ec.message()));
  return {};
}

sandbox::Result<void> WriteFileAtomic(const fs::path& file, std::string_view data) {
  static std::atomic<unsigned> counter{0};
  const fs::path tmp = file.parent_path() / fmt::format(".{}.{}.{}.tmp", file.filename().string(), getpid(), counter++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}: {}", tmp.string(), std::strerror(errno)));
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}: {}", tmp.string(), std::strerror(err)));
    }
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  if (::rename(tmp.c_str(), file.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}: {}", file.string(), std::strerror(err)));
  }
  return {};
}

sandbox::Result<void> WriteNewFile(const fs::path& file, std::string_view data) {
  std::error_code ec;
  if (fs::symlink_status(file, ec).type() != fs::file_type::not_found && !ec)
    return MakeError(ErrorKind::kUsage, fmt::format("'{}' already exists; nothing was written", file.string()));
  const fs::path tmp = file.parent_path() / fmt::format(".{}.{}.new", file.filename().string(), getpid());
  if (auto w = WriteFileAtomic(tmp, data); !w)
    return MakeError(ErrorKind::kUsage, fmt::format("cannot write '{}': {}", file.string(), w.error().message));
  const int linked = ::link(tmp.c_str(), file.c_str());
  const int err = errno;
  ::unlink(tmp.c_str());
  if (linked == 0) return {};
  if (err == EEXIST)
    return MakeError(ErrorKind::kUsage, fmt::format("'{}' already exists; nothing was written", file.string()));
  return MakeError(ErrorKind::kUsage, fmt::format("cannot write '{}': {}", file.string(), std::strerror(err)));
}

sandbox::Result<std::string> ReadFile(const fs::path& file, size_t max_bytes) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return MakeError(ErrorKind::kUsage, fmt::format("cannot read {}: {}", file.string(), std::strerror(errno)));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return MakeError(ErrorKind::kUsage, fmt::format("cannot read {}: not a regular file", file.string()));
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return MakeError(ErrorKind::kUsage, fmt::format("{} is too large ({} bytes)", file.string(), st.st_size));
  }
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::read(fd, out.data() + done, out.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return MakeError(ErrorKind::kUsage, fmt::format("cannot read {}: {}", file.string(), std::strerror(err)));
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  ::close(fd);
  return out;
}

sandbox::Result<TempDir> TempDir::Create(std::string_view prefix) {
  const fs::path root = JudgeHome() / "tmp";
  if (auto r = EnsureDir(root); !r) return r.error();
  ::chmod(root.c_str(), 0700);
  std::string templ = (root / fmt::format("{}-{}-XXXXXX", getpid(), prefix)).string();
  if (!::mkdtemp(templ.data()))
    return MakeError(ErrorKind::kInternal, fmt::format("cannot create a folder in {}: {}", root.string(), std::strerror(errno)));
  return TempDir(fs::path(templ));
}

TempDir::TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)), keep_(other.keep_) {
  other.path_.clear();
}

TempDir::~TempDir() {
  if (path_.empty() || keep_) return;
  std::error_code ec;
  fs::remove_all(path_, ec);  // remove_all never follows symbolic links
}

void CleanStaleTemp() {
  std::error_code ec;
  const fs::path root = JudgeHome() / "tmp";
  for (auto it = fs::directory_iterator(root, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    char* end = nullptr;
    long pid = std::strtol(name.c_str(), &end, 10);
    if (pid <= 0 || end == name.c_str() || *end != '-') continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM) continue;
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
}

}  // namespace judge
