// The compiled-binary cache: $JUDGE_HOME/cache/bin/<key>/prog, keyed by the SHA-256 of the
// compiler, the flags and the source (compiler.h). Bounded: after every store the least
// recently used entries are evicted until the cache fits $JUDGE_CACHE_MAX (default 2 GiB).
// A binary in use by some judge process (it holds a Lease: a shared flock on the file) is never
// evicted, so judges sharing one JUDGE_HOME never lose a binary under a running box.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sandbox/result.h"
#include "sandbox/unique_fd.h"

namespace judge {

// A use of one cached binary: while it lives, no judge evicts it.
class CacheLease {
 public:
  explicit CacheLease(sandbox::UniqueFd fd) : fd_(std::move(fd)) {}

 private:
  sandbox::UniqueFd fd_;
};

class BinaryCache {
 public:
  static constexpr uint64_t kDefaultMaxBytes = 2ull << 30;

  // $JUDGE_CACHE_MAX: bytes with an optional K, M or G suffix (powers of 1024); 0 = no bound.
  // Unset: kDefaultMaxBytes. Anything else is a usage error naming the variable.
  static sandbox::Result<uint64_t> MaxBytesFromEnvironment();

  BinaryCache(std::filesystem::path root, uint64_t max_bytes) : root_(std::move(root)), max_bytes_(max_bytes) {}

  const std::filesystem::path& root() const { return root_; }
  uint64_t max_bytes() const { return max_bytes_; }
  std::filesystem::path EntryDir(std::string_view key) const { return root_ / std::string(key); }

  // A hit: the entry's folder (holding "prog") and a lease on it; marks it as just used.
  // nullopt on a miss (including an entry evicted a moment ago).
  std::optional<std::shared_ptr<CacheLease>> Find(std::string_view key) const;

  // Streams the regular file open at `fd` (`size` bytes, read from offset 0) into the entry
  // `key` as "prog" (mode 0755), replacing it atomically, then evicts the least recently used
  // entries until the cache fits its bound. Never holds the binary in memory.
  sandbox::Result<std::shared_ptr<CacheLease>> Store(std::string_view key, int fd, uint64_t size);

  struct Usage {
    uint64_t bytes = 0;
    uint64_t entries = 0;
  };
  Usage Measure() const;

  // Removes least recently used entries that no judge holds until at most `target_bytes`
  // remain; `keep` (a key) is never removed. Returns what was removed.
  Usage EvictTo(uint64_t target_bytes, std::string_view keep = {}) const;

 private:
  std::filesystem::path root_;
  uint64_t max_bytes_;
};

// "2.0 GiB", "512.0 MiB", "12.5 KiB", "100 B": sizes for people (doctor, cache).
std::string HumanBytes(uint64_t bytes);

}  // namespace judge
