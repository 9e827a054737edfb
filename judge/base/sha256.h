// SHA-256 content hashes: attempt sources in the history (`source_sha256`), compiled-binary and
// generated-test cache keys. Computed by OpenSSL's libcrypto (EVP), not by hand.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
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
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view data);
  Digest Finish();
  // Finish(), as 64 lowercase hex digits.
  std::string FinishHex();

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

// SHA-256 of `data` as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace judge
