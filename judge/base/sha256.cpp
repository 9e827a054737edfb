// libcrypto's EVP interface (OpenSSL 3, Debian's libssl-dev). The digest is the same SHA-256 as
// before, so cache keys and stored source hashes keep their values.
#include "judge/base/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace judge {

struct Sha256::Context {
  EVP_MD_CTX* ctx = nullptr;
  ~Context() { EVP_MD_CTX_free(ctx); }
};

namespace {

// Only fails when libcrypto cannot allocate or has no SHA-256 at all: nothing to recover from.
void Check(int ok) {
  if (ok != 1) throw std::runtime_error("libcrypto SHA-256 failed");
}

}  // namespace

Sha256::Sha256() : context_(std::make_unique<Context>()) {
  context_->ctx = EVP_MD_CTX_new();
  if (context_->ctx == nullptr) throw std::runtime_error("libcrypto: EVP_MD_CTX_new failed");
  Check(EVP_DigestInit_ex(context_->ctx, EVP_sha256(), nullptr));
}

Sha256::~Sha256() = default;

void Sha256::Update(std::string_view data) {
  if (!data.empty()) Check(EVP_DigestUpdate(context_->ctx, data.data(), data.size()));
}

Sha256::Digest Sha256::Finish() {
  Digest digest{};
  unsigned int size = 0;
  Check(EVP_DigestFinal_ex(context_->ctx, digest.data(), &size));
  Check(size == kDigestBytes ? 1 : 0);
  Check(EVP_DigestInit_ex(context_->ctx, EVP_sha256(), nullptr));
  return digest;
}

std::string Sha256::FinishHex() {
  static constexpr char kHex[] = "0123456789abcdef";
  const Digest digest = Finish();
  std::string hex(2 * kDigestBytes, '0');
  for (std::size_t i = 0; i < kDigestBytes; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xf];
  }
  return hex;
}

std::string Sha256Hex(std::string_view data) {
  Sha256 hasher;
  hasher.Update(data);
  return hasher.FinishHex();
}

}  // namespace judge
