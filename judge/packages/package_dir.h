// PackageDir: reading a problem package without leaving it.
//
// A package is untrusted input (downloaded from anywhere). Its files may be symbolic links,
// and Kattis packages use them (data/sample/1.in -> ../secret/1.in), but a link must never
// make the judge read something outside the package: data/secret/1.ans -> /etc/shadow would
// otherwise be shown in a WA message and stored in the history.
//
// PackageDir holds an O_PATH descriptor of the package root (the root itself may be reached
// through a link: the user chose it) and resolves every package-relative path beneath it:
//   - openat2(2) with RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS (Linux 5.6+): the kernel refuses
//     absolute links, ".." above the root and /proc magic links, for every component and every
//     link of a chain, atomically with the open;
//   - where openat2 is missing (ENOSYS: an older kernel; or EPERM: a seccomp filter that does
//     not know it), a component walk: each component opened with O_PATH | O_NOFOLLOW relative to the
//     descriptor of its parent, links read with readlinkat and expanded by hand (absolute
//     targets refused, ".." never above the root, at most 40 links). The walk is also what
//     names the offending link in the error when openat2 refuses a path.
// A link that leaves the package is a kBadPackage error (exit code 2), one line naming the link
// and the package-relative path that went through it:
//   "<root>/data/secret/1.ans: symbolic link data/secret/1.ans -> /etc/shadow leaves the package"
//
// CheckLinks() walks the whole package once (links are never entered) and resolves every link
// found: the loaders call it first, so a package with any link leaving it is refused before
// anything is compiled, judged or saved. The judge then opens the files it reads or hands to
// other processes through PackageDir again at the moment of use (see judge/run/judge.cpp), so a
// file swapped for a link after loading is refused too.
#pragma once

#include <sys/stat.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/result.h"
#include "sandbox/unique_fd.h"

namespace judge {

class PackageDir {
 public:
  // Opens the package root (following links to the root itself: the user named it).
  static sandbox::Result<PackageDir> Open(const std::filesystem::path& root);

  const std::filesystem::path& root() const { return root_; }
  int fd() const { return root_fd_->get(); }

  // True when `path` is lexically inside the root: under root() as given, or under the root with
  // its links resolved (the Kattis loader records resolved paths). Paths the judge made itself (generated cases in its
  // cache) are not, and are opened normally by the caller.
  bool Contains(const std::filesystem::path& path) const;

  // Opens `path` (as for Contains) beneath the root with `flags` (O_CLOEXEC is added). Errors:
  // kBadPackage for a link that leaves the package, for ".." above the root, for an absolute
  // path outside the root, and for a missing or unreadable file (with the errno text).
  sandbox::Result<sandbox::UniqueFd> OpenFile(const std::filesystem::path& path, int flags = O_RDONLY) const;

  // The whole regular file (kBadPackage for a folder, a device, or over `max_bytes`).
  sandbox::Result<std::string> Read(const std::filesystem::path& path, size_t max_bytes = size_t(1) << 32) const;

  // stat(2) of what `path` names (links inside the package followed).
  sandbox::Result<struct stat> Stat(const std::filesystem::path& path) const;
  // False when missing, not a folder/file, or reached through a link that leaves the package.
  bool IsDirectory(const std::filesystem::path& path) const;
  bool IsRegularFile(const std::filesystem::path& path) const;

  // The names in a folder of the package, sorted, without "." and "..".
  sandbox::Result<std::vector<std::string>> List(const std::filesystem::path& path) const;

  // Walks the whole package (never entering links) and resolves every symbolic link found;
  // the first link that leaves the package is the error. A link to nothing (a broken link that
  // stays inside) is left to whoever reads it.
  std::optional<sandbox::Error> CheckLinks() const;

  // Tests only: resolve with the component walk as if openat2 returned ENOSYS.
  static void ForceWalkForTesting(bool on);

 private:
  PackageDir(std::filesystem::path root, std::filesystem::path canonical, sandbox::UniqueFd fd)
      : root_(std::move(root)),
        canonical_(std::move(canonical)),
        root_fd_(std::make_shared<sandbox::UniqueFd>(std::move(fd))) {}
  // `path` as a normalised package-relative path; nullopt when it is not inside the root.
  std::optional<std::filesystem::path> Relative(const std::filesystem::path& path) const;

  std::filesystem::path root_;
  std::filesystem::path canonical_;  // the root with its links resolved (paths loaders resolved)
  std::shared_ptr<sandbox::UniqueFd> root_fd_;  // shared: PackageDir is copyable
};

// Convenience for one-off checks: Open(root) then CheckLinks().
std::optional<sandbox::Error> CheckPackageLinks(const std::filesystem::path& root);

// Opens `file` for reading: beneath `root` when it is inside the package (PackageDir::OpenFile),
// else as is (a file the judge made itself, e.g. a generated case's input in its cache; or no
// package at all: an empty `root`, as in problems built in memory by tests).
sandbox::Result<sandbox::UniqueFd> OpenPackageFile(const std::filesystem::path& root, const std::filesystem::path& file);
// The same with the package already open (nullptr: no package), for callers that open many files.
sandbox::Result<sandbox::UniqueFd> OpenPackageFile(const PackageDir* pkg, const std::filesystem::path& file);

// The whole regular file `file`, opened as OpenPackageFile does.
sandbox::Result<std::string> ReadPackageFile(const std::filesystem::path& root, const std::filesystem::path& file,
                                             size_t max_bytes = size_t(1) << 32);

// The whole regular file open at `fd`, read from its start (pread: the offset is left alone);
// `name` is for the messages.
sandbox::Result<std::string> ReadWholeFd(int fd, const std::string& name, size_t max_bytes = size_t(1) << 32);

}  // namespace judge
