#include "judge/base/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace judge {
namespace {

// FIPS 180-4 examples (NIST "SHA256.pdf", "SHA2_Additional.pdf").
TEST(Sha256, EmptyString) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, Abc) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlockMessage448Bits) {
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, Message896Bits) {
  EXPECT_EQ(Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnop"
                      "jklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, OneMillionA) {
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundaries (55/56 bytes fit or spill the length field), checked
// against Python's hashlib.
TEST(Sha256, PaddingBoundaries) {
  const struct {
    std::size_t length;
    const char* hex;
  } kCases[] = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
      {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
      {127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"},
      {128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Sha256Hex(std::string(c.length, 'a')), c.hex) << "length " << c.length;
  }
}

TEST(Sha256, BinaryBytesIncludingNul) {
  std::string data;
  for (int rep = 0; rep < 4; ++rep) {
    for (int i = 0; i < 256; ++i) data.push_back(static_cast<char>(i));
  }
  EXPECT_EQ(Sha256Hex(data), "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9");
}

TEST(Sha256, IncrementalMatchesOneShotAtEverySplit) {
  std::string data;
  for (int i = 0; i < 300; ++i) data.push_back(static_cast<char>('a' + i % 26));
  const std::string whole = Sha256Hex(data);
  Sha256 hasher;
  for (std::size_t split = 0; split <= data.size(); ++split) {
    hasher.Update(std::string_view(data).substr(0, split));
    hasher.Update(std::string_view(data).substr(split));
    ASSERT_EQ(hasher.FinishHex(), whole) << "split at " << split;
  }
}

TEST(Sha256, ByteAtATimeAndReuseAfterFinish) {
  std::string data(200, 'q');
  Sha256 hasher;
  for (char c : data) hasher.Update(std::string_view(&c, 1));
  EXPECT_EQ(hasher.FinishHex(), Sha256Hex(data));
  hasher.Update("abc");  // Finish() reset the state.
  EXPECT_EQ(hasher.FinishHex(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace judge
