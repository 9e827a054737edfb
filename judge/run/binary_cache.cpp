// Eviction is least recently used by the binary's modification time, which every hit sets to
// now (futimens on the lease's descriptor). Locks are flock(2) on the binary itself: a hit
// holds LOCK_SH for as long as the judge uses the binary, eviction takes LOCK_EX without
// waiting and skips what it cannot get, so a binary is only removed when nobody runs it.
#include "judge/run/binary_cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "judge/base/files.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::ErrorKind;
using sandbox::MakeError;
using sandbox::Result;
using sandbox::UniqueFd;

namespace {

struct Entry {
  std::string key;
  uint64_t bytes = 0;
  struct timespec used {};
};

std::vector<Entry> ListEntries(const fs::path& root) {
  std::vector<Entry> entries;
  DIR* dir = opendir(root.c_str());
  if (dir == nullptr) return entries;
  while (dirent* e = readdir(dir)) {
    if (e->d_name[0] == '.') continue;
    struct stat st {};
    const fs::path prog = root / e->d_name / "prog";
    if (lstat(prog.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    entries.push_back({e->d_name, static_cast<uint64_t>(st.st_size), st.st_mtim});
  }
  closedir(dir);
  return entries;
}

std::atomic<int> g_store_counter{0};

}  // namespace

Result<uint64_t> BinaryCache::MaxBytesFromEnvironment() {
  const char* value = std::getenv("JUDGE_CACHE_MAX");
  if (value == nullptr || *value == '\0') return kDefaultMaxBytes;
  const std::string text = value;
  auto bad = [&] {
    return MakeError(ErrorKind::kUsage,
                     fmt::format("JUDGE_CACHE_MAX='{}' is not a size (bytes, or a number with K, M or G, e.g. 2G; "
                                 "0 for no bound)",
                                 text));
  };
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 15) return bad();
  uint64_t number = std::strtoull(text.substr(0, digits).c_str(), nullptr, 10);
  std::string unit = text.substr(digits);  // K, M, G, optionally followed by "B", "iB" or "ib"
  if (!unit.empty() && (unit.back() == 'B' || unit.back() == 'b')) unit.pop_back();
  if (unit.size() == 2 && unit.back() == 'i') unit.pop_back();
  int shift = 0;
  if (!unit.empty()) {
    switch (unit.size() == 1 ? unit[0] : '?') {
      case 'k': case 'K': shift = 10; break;
      case 'm': case 'M': shift = 20; break;
      case 'g': case 'G': shift = 30; break;
      default: return bad();
    }
  }
  if (number > (UINT64_MAX >> shift)) return bad();
  return number << shift;
}

std::optional<std::shared_ptr<CacheLease>> BinaryCache::Find(std::string_view key) const {
  const fs::path prog = EntryDir(key) / "prog";
  UniqueFd fd(::open(prog.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return std::nullopt;
  // Waits only while an evictor holds the binary (a moment), then checks it was not removed.
  if (flock(fd.get(), LOCK_SH) != 0) return std::nullopt;
  struct stat st {};
  if (fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink == 0) return std::nullopt;
  futimens(fd.get(), nullptr);  // just used: the last to be evicted
  return std::make_shared<CacheLease>(std::move(fd));
}

Result<std::shared_ptr<CacheLease>> BinaryCache::Store(std::string_view key, int fd, uint64_t size) {
  const fs::path dir = EntryDir(key);
  if (auto r = EnsureDir(dir); !r) return r.error();
  const fs::path tmp = dir / fmt::format(".prog.{}.{}.tmp", getpid(), g_store_counter.fetch_add(1));
  auto failed = [&](const char* what) {
    const std::string message = fmt::format("cannot store the binary in {}: {}: {}", dir.string(), what, std::strerror(errno));
    ::unlink(tmp.c_str());
    return MakeError(ErrorKind::kInternal, message);
  };
  {
    UniqueFd out(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0755));
    if (!out) return failed("create");
    off_t offset = 0;
    while (static_cast<uint64_t>(offset) < size) {
      // In the kernel, from page cache to page cache: the judge never holds the binary.
      const ssize_t n = sendfile(out.get(), fd, &offset, static_cast<size_t>(size - static_cast<uint64_t>(offset)));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (n == 0) errno = EIO;  // the file shrank under us
        return failed("copy");
      }
    }
    if (fchmod(out.get(), 0755) != 0) return failed("chmod");
  }  // closed before anyone may exec it (an open writer makes execve fail with ETXTBSY)
  if (::rename(tmp.c_str(), (dir / "prog").c_str()) != 0) return failed("rename");
  auto lease = Find(key);
  if (!lease) return MakeError(ErrorKind::kInternal, fmt::format("the binary stored in {} disappeared", dir.string()));
  if (max_bytes_ > 0 && Measure().bytes > max_bytes_) EvictTo(max_bytes_, key);
  return *lease;
}

BinaryCache::Usage BinaryCache::Measure() const {
  Usage usage;
  for (const Entry& e : ListEntries(root_)) {
    usage.bytes += e.bytes;
    ++usage.entries;
  }
  return usage;
}

BinaryCache::Usage BinaryCache::EvictTo(uint64_t target_bytes, std::string_view keep) const {
  std::vector<Entry> entries = ListEntries(root_);
  uint64_t total = 0;
  for (const Entry& e : entries) total += e.bytes;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.used.tv_sec != b.used.tv_sec ? a.used.tv_sec < b.used.tv_sec : a.used.tv_nsec < b.used.tv_nsec;
  });
  Usage removed;
  for (const Entry& e : entries) {
    if (total <= target_bytes) break;
    if (e.key == keep) continue;
    const fs::path dir = EntryDir(e.key);
    const fs::path prog = dir / "prog";
    UniqueFd fd(::open(prog.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd || flock(fd.get(), LOCK_EX | LOCK_NB) != 0) continue;  // gone, or some judge runs it
    if (::unlink(prog.c_str()) != 0) continue;
    std::error_code ec;
    fs::remove_all(dir, ec);
    total -= std::min(total, e.bytes);
    removed.bytes += e.bytes;
    ++removed.entries;
  }
  return removed;
}

std::string HumanBytes(uint64_t bytes) {
  const double b = static_cast<double>(bytes);
  if (bytes >= (1ull << 30)) return fmt::format("{:.1f} GiB", b / (1ull << 30));
  if (bytes >= (1ull << 20)) return fmt::format("{:.1f} MiB", b / (1ull << 20));
  if (bytes >= (1ull << 10)) return fmt::format("{:.1f} KiB", b / (1ull << 10));
  return fmt::format("{} B", bytes);
}

}  // namespace judge
