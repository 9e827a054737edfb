#include "judge/packages/content_hash.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <vector>

#include "judge/base/sha256.h"
#include "judge/packages/package_dir.h"
#include "sandbox/unique_fd.h"

namespace judge {

namespace {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;

struct Entry {
  std::string rel;  // generic form, '/' separated
  fs::path path;
  char kind = 'F';  // F file, D folder, L link
  struct stat st {};
};

sandbox::Result<std::vector<Entry>> Walk(const fs::path& dir) {
  std::vector<Entry> entries;
  std::error_code ec;
  // directory_options::none: a link to a folder is listed as a link, never entered.
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read package {}: {}", dir.string(), ec.message()));
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    Entry e;
    e.path = it->path();
    e.rel = e.path.lexically_relative(dir).generic_string();
    if (lstat(e.path.c_str(), &e.st) != 0)
      return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read {} in package {}", e.rel, dir.string()));
    if (S_ISREG(e.st.st_mode)) e.kind = 'F';
    else if (S_ISDIR(e.st.st_mode)) e.kind = 'D';
    else if (S_ISLNK(e.st.st_mode)) e.kind = 'L';
    else
      return MakeError(ErrorKind::kBadPackage,
                       fmt::format("{} in package {} is neither a file, a folder nor a link", e.rel, dir.string()));
    entries.push_back(std::move(e));
  }
  if (ec) return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read package {}: {}", dir.string(), ec.message()));
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.rel < b.rel; });
  return entries;
}

// What changes when any entry is edited, replaced, added or removed: cheap to compute (stat only).
std::string StatSignature(const std::vector<Entry>& entries) {
  Sha256 h;
  for (const Entry& e : entries)
    h.Update(fmt::format("{}\n{}:{}:{}:{}:{}.{}\n", e.rel, e.kind, e.st.st_size, e.st.st_ino, e.st.st_dev,
                         e.st.st_mtim.tv_sec, e.st.st_mtim.tv_nsec));
  return h.FinishHex();
}

}  // namespace

sandbox::Result<std::string> PackageContentHash(const fs::path& dir) {
  auto entries = Walk(dir);
  if (!entries) return entries.error();
  const std::string signature = StatSignature(*entries);
  static std::mutex mutex;
  static std::map<std::string, std::pair<std::string, std::string>> remembered;  // dir -> (signature, hash)
  {
    std::lock_guard lock(mutex);
    auto it = remembered.find(dir.string());
    if (it != remembered.end() && it->second.first == signature) return it->second.second;
  }

  auto pkg = PackageDir::Open(dir);
  if (!pkg) return pkg.error();
  Sha256 h;
  h.Update("judge package v1\n");
  std::string buffer(1 << 16, '\0');
  for (const Entry& e : *entries) {
    // Length-prefixed fields, so that no two different packages feed the same bytes.
    h.Update(fmt::format("{}{}:{}\n", e.kind, e.rel.size(), e.rel));
    if (e.kind == 'L') {
      std::error_code ec;
      const std::string target = fs::read_symlink(e.path, ec).string();
      if (ec) return MakeError(ErrorKind::kBadPackage, fmt::format("cannot read link {} in package {}", e.rel, dir.string()));
      h.Update(fmt::format("{}:{}\n", target.size(), target));
    } else if (e.kind == 'F') {
      // Beneath the root, the file itself not followed (O_NOFOLLOW): an entry listed as a file but
      // swapped for a link (or under a folder swapped for one) since is refused, never read
      // outside the package.
      auto opened = pkg->OpenFile(e.path, O_RDONLY | O_NOFOLLOW);
      if (!opened) return opened.error();
      const sandbox::UniqueFd in = std::move(*opened);
      h.Update(fmt::format("{}:", e.st.st_size));
      std::streamsize total = 0;
      bool bad = false;
      for (;;) {
        const ssize_t n = ::read(in.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) bad = true;
        if (n <= 0) break;
        total += n;
        h.Update(std::string_view(buffer.data(), static_cast<size_t>(n)));
      }
      if (bad || total != e.st.st_size)
        return MakeError(ErrorKind::kBadPackage,
                         fmt::format("{} in package {} changed while it was read", e.rel, dir.string()));
    }
  }
  std::string hash = h.FinishHex();
  // A file modified in the last two seconds may be modified again within the file system's
  // timestamp granularity without its signature changing (git's "racy" entries): not remembered.
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  const bool racy = std::any_of(entries->begin(), entries->end(), [&](const Entry& e) {
    return std::chrono::seconds(e.st.st_mtim.tv_sec) + std::chrono::seconds(2) >= now;
  });
  if (!racy) {
    std::lock_guard lock(mutex);
    remembered[dir.string()] = {signature, hash};
  }
  return hash;
}

}  // namespace judge
