// The harness of weighted-random-pick: reads the weights and the seed, builds the candidate's
// picker with MakeWeightedPicker, then runs the operations in order: "p c" calls Pick() c
// times and prints the c indices on one line; "u i w" calls Update(i, w) and prints nothing.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "solution.h"

namespace {

class Reader {
 public:
  // The next token's first byte (skipping whitespace), -1 at the end.
  int Peek() {
    int c = Get();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = Get();
    if (c >= 0) --pos_;
    return c;
  }
  char NextChar() {
    const int c = Peek();
    if (c < 0) Malformed();
    ++pos_;
    return static_cast<char>(c);
  }
  unsigned long long Next() {
    int c = Get();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = Get();
    if (c < '0' || c > '9') Malformed();
    unsigned long long v = 0;
    for (; c >= '0' && c <= '9'; c = Get()) v = v * 10 + static_cast<unsigned>(c - '0');
    return v;
  }

 private:
  [[noreturn]] static void Malformed() {
    std::fprintf(stderr, "harness: malformed input\n");
    std::exit(3);
  }
  int Get() {
    if (pos_ == len_) {
      len_ = std::fread(buf_, 1, sizeof buf_, stdin);
      pos_ = 0;
      if (len_ == 0) return -1;
    }
    return static_cast<unsigned char>(buf_[pos_++]);
  }
  char buf_[1 << 16];
  size_t pos_ = 0, len_ = 0;
};

}  // namespace

int main() {
  static Reader in;
  const size_t n = in.Next();
  const unsigned long long seed = in.Next();
  std::vector<uint64_t> weights(n);
  for (auto& w : weights) w = in.Next();
  std::unique_ptr<WeightedPicker> picker = MakeWeightedPicker(weights, seed);
  weights = {};
  const unsigned long long q = in.Next();
  std::string out;
  for (unsigned long long op = 0; op < q; ++op) {
    const char kind = in.NextChar();
    if (kind == 'p') {
      const unsigned long long count = in.Next();
      for (unsigned long long j = 0; j < count; ++j) {
        if (j) out += ' ';
        out += std::to_string(picker->Pick());
      }
      out += '\n';
    } else {
      const size_t i = in.Next();
      const uint64_t w = in.Next();
      picker->Update(i, w);
    }
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
