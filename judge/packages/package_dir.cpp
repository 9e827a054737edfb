// See package_dir.h for what this guarantees and why.
#include "judge/packages/package_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <deque>

namespace judge {

namespace fs = std::filesystem;
using sandbox::Error;
using sandbox::ErrorKind;
using sandbox::MakeError;
using sandbox::Result;
using sandbox::UniqueFd;

namespace {

constexpr int kMaxLinks = 40;  // as the kernel's own limit (MAXSYMLINKS)

std::atomic<bool> g_force_walk{false};
std::atomic<bool> g_no_openat2{false};  // openat2 answered ENOSYS once: do not ask again

// What resolving one path gave: an open descriptor, or an errno with, for EXDEV (the path
// leaves the package), the link that made it leave and that link's target.
struct Outcome {
  UniqueFd fd;
  int err = 0;
  std::string link;    // package-relative path of the link
  std::string target;  // its target text
};

Outcome Failed(int err, std::string link = {}, std::string target = {}) {
  Outcome o;
  o.err = err;
  o.link = std::move(link);
  o.target = std::move(target);
  return o;
}

std::string Join(const std::vector<std::string>& names, const std::string& last) {
  std::string out;
  for (const auto& n : names) out += n + "/";
  return out + last;
}

// The fallback and the diagnosis: resolve `rel` one component at a time, never following a link
// by the kernel (O_NOFOLLOW), expanding links by hand. Every folder on the way stays open (O_PATH),
// so ".." pops back to the folder actually walked through, never to a renamed one's new parent.
Outcome Walk(int root, const fs::path& rel, int flags) {
  std::deque<std::string> todo;
  for (const auto& part : rel) {
    const std::string s = part.string();
    if (!s.empty() && s != "." && s != "/") todo.push_back(s);
  }
  std::vector<UniqueFd> dirs;
  std::vector<std::string> names;  // package-relative path of dirs.back()
  std::string last_link, last_target;
  int links = 0;
  auto current = [&] { return dirs.empty() ? root : dirs.back().get(); };
  while (!todo.empty()) {
    const std::string c = todo.front();
    todo.pop_front();
    if (c.empty() || c == ".") continue;
    if (c == "..") {
      if (dirs.empty()) return Failed(EXDEV, last_link, last_target);
      dirs.pop_back();
      names.pop_back();
      continue;
    }
    UniqueFd f(::openat(current(), c.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (!f) return Failed(errno);
    struct stat st {};
    if (::fstat(f.get(), &st) != 0) return Failed(errno);
    if (S_ISLNK(st.st_mode)) {
      if (todo.empty() && (flags & O_NOFOLLOW) && !(flags & O_PATH)) return Failed(ELOOP);  // as open(2) does
      if (++links > kMaxLinks) return Failed(ELOOP);
      char buf[PATH_MAX];
      const ssize_t n = ::readlinkat(f.get(), "", buf, sizeof buf);
      if (n < 0) return Failed(errno);
      last_link = Join(names, c);
      last_target.assign(buf, static_cast<size_t>(n));
      if (last_target.empty()) return Failed(ENOENT);
      if (last_target[0] == '/') return Failed(EXDEV, last_link, last_target);
      std::vector<std::string> parts;
      for (const auto& part : fs::path(last_target)) parts.push_back(part.string());
      todo.insert(todo.begin(), parts.begin(), parts.end());
      continue;
    }
    if (todo.empty()) {
      if ((flags & O_PATH) && !(flags & O_DIRECTORY)) {
        Outcome o;
        o.fd = std::move(f);
        return o;
      }
      // Reopened by name with O_NOFOLLOW: if the entry was swapped for a link since, this fails
      // (ELOOP) rather than following it.
      UniqueFd g(::openat(current(), c.c_str(), flags | O_NOFOLLOW | O_CLOEXEC));
      if (!g) return Failed(errno == ELOOP ? EAGAIN : errno);
      Outcome o;
      o.fd = std::move(g);
      return o;
    }
    if (!S_ISDIR(st.st_mode)) return Failed(ENOTDIR);
    dirs.push_back(std::move(f));
    names.push_back(c);
  }
  UniqueFd g(::openat(current(), ".", flags | O_CLOEXEC));
  if (!g) return Failed(errno);
  Outcome o;
  o.fd = std::move(g);
  return o;
}

Outcome Resolve(int root, const fs::path& rel, int flags) {
  if (!g_force_walk && !g_no_openat2) {
    struct open_how how {};
    how.flags = static_cast<uint64_t>(flags | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    const std::string name = rel.empty() ? std::string(".") : rel.string();
    for (int attempt = 0; attempt < 16; ++attempt) {
      const long fd = ::syscall(SYS_openat2, root, name.c_str(), &how, sizeof how);
      if (fd >= 0) {
        Outcome o;
        o.fd.Reset(static_cast<int>(fd));
        return o;
      }
      // EAGAIN: a rename somewhere in the file system raced with a ".." lookup; try again.
      if (errno == EAGAIN || errno == EINTR) continue;
      break;
    }
    const int err = errno;
    if (err == ENOSYS) {
      g_no_openat2 = true;
    } else if (err == EPERM) {
      // A seccomp filter that predates openat2 (older container runtimes) answers EPERM; the
      // walk decides, and reports its own errors.
    } else if (err != EXDEV && err != ELOOP) {
      return Failed(err);
    } else {
      // Refused: the walk finds which link left the package, for the message.
      Outcome o = Walk(root, rel, flags);
      if (o.err == 0) return Failed(EXDEV);  // changed in between; still refused
      return o;
    }
  }
  return Walk(root, rel, flags);
}

Error ResolveError(const fs::path& root, const fs::path& rel, const Outcome& o) {
  const std::string where = (root / rel).string();
  if (o.err == EXDEV) {
    if (!o.link.empty())
      return MakeError(ErrorKind::kBadPackage, fmt::format("{}: symbolic link {} -> {} leaves the package", where,
                                                           o.link, o.target));
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: the path leaves the package", where));
  }
  if (o.err == ELOOP) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: too many levels of symbolic links", where));
  return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read {}: {}", where, std::strerror(o.err)));
}

}  // namespace

void PackageDir::ForceWalkForTesting(bool on) { g_force_walk = on; }

Result<PackageDir> PackageDir::Open(const fs::path& root) {
  UniqueFd fd(::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!fd)
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot open package {}: {}", root.string(), std::strerror(errno)));
  // The root's real path, as the kernel resolved it for this descriptor.
  std::error_code ec;
  fs::path canonical = fs::read_symlink(fmt::format("/proc/self/fd/{}", fd.get()), ec);
  if (ec) canonical = fs::canonical(root, ec);
  return PackageDir(root, canonical, std::move(fd));
}

std::optional<fs::path> PackageDir::Relative(const fs::path& path) const {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec).lexically_normal();
  for (const fs::path& root : {root_, canonical_}) {
    if (root.empty()) continue;
    const fs::path base = fs::absolute(root, ec).lexically_normal();
    fs::path rel = abs.lexically_relative(base);
    if (!rel.empty() && *rel.begin() != "..") return rel;
  }
  return std::nullopt;
}

bool PackageDir::Contains(const fs::path& path) const { return Relative(path).has_value(); }

Result<UniqueFd> PackageDir::OpenFile(const fs::path& path, int flags) const {
  auto rel = Relative(path);
  if (!rel) return MakeError(ErrorKind::kBadPackage, fmt::format("{}: not inside the package {}", path.string(), root_.string()));
  // A file to read is opened without blocking, so that a FIFO in the package cannot hang the
  // judge, and must then be a regular file; the descriptor is handed on blocking.
  const bool for_reading = (flags & (O_PATH | O_DIRECTORY)) == 0;
  Outcome o = Resolve(fd(), *rel, for_reading ? flags | O_NONBLOCK : flags);
  if (o.err) return ResolveError(root_, *rel, o);
  if (for_reading) {
    struct stat st {};
    if (::fstat(o.fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
      return MakeError(ErrorKind::kBadPackage, fmt::format("{}: not a regular file", path.string()));
    const int fl = ::fcntl(o.fd.get(), F_GETFL);
    if (fl >= 0) ::fcntl(o.fd.get(), F_SETFL, fl & ~O_NONBLOCK);
  }
  return std::move(o.fd);
}

Result<std::string> PackageDir::Read(const fs::path& path, size_t max_bytes) const {
  auto fd = OpenFile(path, O_RDONLY);
  if (!fd) return fd.error();
  return ReadWholeFd(fd->get(), path.string(), max_bytes);
}

Result<std::string> ReadWholeFd(int fd, const std::string& name, size_t max_bytes) {
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read {}: not a regular file", name));
  if (static_cast<uint64_t>(st.st_size) > max_bytes)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{} is too large ({} bytes)", name, st.st_size));
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t done = 0;
  while (done < out.size()) {
    const ssize_t n = ::pread(fd, out.data() + done, out.size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read {}: {}", name, std::strerror(errno)));
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  return out;
}

Result<struct stat> PackageDir::Stat(const fs::path& path) const {
  auto fd = OpenFile(path, O_PATH);
  if (!fd) return fd.error();
  struct stat st {};
  if (::fstat(fd->get(), &st) != 0)
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
  return st;
}

bool PackageDir::IsDirectory(const fs::path& path) const {
  auto st = Stat(path);
  return st && S_ISDIR(st->st_mode);
}

bool PackageDir::IsRegularFile(const fs::path& path) const {
  auto st = Stat(path);
  return st && S_ISREG(st->st_mode);
}

Result<std::vector<std::string>> PackageDir::List(const fs::path& path) const {
  auto fd = OpenFile(path, O_RDONLY | O_DIRECTORY);
  if (!fd) return fd.error();
  DIR* d = ::fdopendir(fd->get());
  if (!d) return MakeError(ErrorKind::kBadPackage, fmt::format("cannot list {}: {}", path.string(), std::strerror(errno)));
  fd->Release();  // owned by d now
  std::vector<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

namespace {

std::optional<Error> ScanFolder(const PackageDir& pkg, int dirfd, const fs::path& rel, int depth) {
  if (depth > 256)
    return MakeError(ErrorKind::kBadPackage, fmt::format("{}: folders nested too deep", (pkg.root() / rel).string()));
  const int copy = ::openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (copy < 0)
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot list {}: {}", (pkg.root() / rel).string(), std::strerror(errno)));
  DIR* d = ::fdopendir(copy);
  if (!d) {
    ::close(copy);
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot list {}: {}", (pkg.root() / rel).string(), std::strerror(errno)));
  }
  std::vector<std::pair<std::string, unsigned char>> entries;
  while (const dirent* e = ::readdir(d)) {
    const std::string n = e->d_name;
    if (n != "." && n != "..") entries.emplace_back(n, e->d_type);
  }
  ::closedir(d);
  std::sort(entries.begin(), entries.end());  // the same package always names the same first link
  for (auto& [name, type] : entries) {
    if (type == DT_UNKNOWN) {
      struct stat st {};
      if (::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
      type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
    }
    const fs::path child = rel / name;
    if (type == DT_LNK) {
      Outcome o = Resolve(pkg.fd(), child, O_PATH);
      // Broken links that stay inside (ENOENT, ENOTDIR) are left to the reader.
      if (o.err == EXDEV || o.err == ELOOP) return ResolveError(pkg.root(), child, o);
    } else if (type == DT_DIR) {
      UniqueFd sub(::openat(dirfd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
      if (!sub) continue;  // unreadable: whoever needs it reports it
      if (auto e = ScanFolder(pkg, sub.get(), child, depth + 1)) return e;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> PackageDir::CheckLinks() const {
  UniqueFd dir(::openat(fd(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir)
    return MakeError(ErrorKind::kBadPackage, fmt::format("cannot list {}: {}", root_.string(), std::strerror(errno)));
  return ScanFolder(*this, dir.get(), fs::path(), 0);
}

std::optional<Error> CheckPackageLinks(const fs::path& root) {
  auto pkg = PackageDir::Open(root);
  if (!pkg) return pkg.error();
  return pkg->CheckLinks();
}

Result<UniqueFd> OpenPackageFile(const fs::path& root, const fs::path& file) {
  if (root.empty()) return OpenPackageFile(static_cast<const PackageDir*>(nullptr), file);
  auto pkg = PackageDir::Open(root);
  if (!pkg) return pkg.error();
  return OpenPackageFile(&*pkg, file);
}

Result<UniqueFd> OpenPackageFile(const PackageDir* pkg, const fs::path& file) {
  if (pkg != nullptr && pkg->Contains(file)) return pkg->OpenFile(file, O_RDONLY);
  UniqueFd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return MakeError(ErrorKind::kInternal, fmt::format("cannot read {}: {}", file.string(), std::strerror(errno)));
  return fd;
}

Result<std::string> ReadPackageFile(const fs::path& root, const fs::path& file, size_t max_bytes) {
  auto fd = OpenPackageFile(root, file);
  if (!fd) return fd.error();
  return ReadWholeFd(fd->get(), file.string(), max_bytes);
}

}  // namespace judge
