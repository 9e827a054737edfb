// SHA-256 (FIPS 180-4), for content hashes: attempt sources in the history, compiled-binary
// cache keys. Plain and portable; speed is secondary (hundreds of MB/s is plenty here).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace judge {

// Incremental hasher: Update() any number of times, then Finish() once. Finish() returns the
// digest and resets the hasher to its initial state, so the object can be reused.
class Sha256 {
 public:
  static constexpr std::size_t kDigestBytes = 32;
  using Digest = std::array<std::uint8_t, kDigestBytes>;

  Sha256();
  void Update(std::string_view data);
  Digest Finish();
  // Finish(), as 64 lowercase hex digits.
  std::string FinishHex();

 private:
  void Reset();
  void Compress(const std::uint8_t* block);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_;
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

// SHA-256 of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace judge
