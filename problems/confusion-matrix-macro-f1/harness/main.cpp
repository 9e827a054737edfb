// The harness of confusion-matrix-macro-f1: reads the batches, calls the candidate's Evaluate
// once per batch and prints "macro_f1 accuracy c" (the two with 10 decimals) and then the c
// rows "label tp fp fn" of the returned report, in the order returned.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "solution.h"

namespace {

class Reader {
 public:
  long long Next() {
    int c = Get();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = Get();
    bool negative = false;
    if (c == '-') {
      negative = true;
      c = Get();
    }
    if (c < '0' || c > '9') {
      std::fprintf(stderr, "harness: malformed input\n");
      std::exit(3);
    }
    long long v = 0;
    for (; c >= '0' && c <= '9'; c = Get()) v = v * 10 + (c - '0');
    return negative ? -v : v;
  }

 private:
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
  const long long batches = in.Next();
  std::vector<int> actual, predicted;
  std::string out;
  char line[128];
  for (long long b = 0; b < batches; ++b) {
    const size_t n = static_cast<size_t>(in.Next());
    actual.resize(n);
    predicted.resize(n);
    for (auto& x : actual) x = static_cast<int>(in.Next());
    for (auto& x : predicted) x = static_cast<int>(in.Next());
    const Evaluation e = Evaluate(actual, predicted);
    std::snprintf(line, sizeof line, "%.10f %.10f %zu\n", e.macro_f1, e.accuracy, e.classes.size());
    out += line;
    for (const ClassCounts& c : e.classes) {
      std::snprintf(line, sizeof line, "%d %lld %lld %lld\n", c.label, c.tp, c.fp, c.fn);
      out += line;
    }
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
