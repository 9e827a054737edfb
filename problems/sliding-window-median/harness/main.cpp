// The harness of sliding-window-median: reads "n k" and the n values from stdin, calls the
// candidate's SlidingWindowMedians once and prints every returned median on its own line with
// one decimal ("-3.0", "7.5"). A returned value that is not a multiple of 0.5 is printed with
// six decimals, so it can never pass for a correct one.
#include <cmath>
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

// "m/2" with one decimal, exactly, for any |m| < 2^53.
void AppendHalf(std::string& out, long long twice) {
  if (twice < 0) {
    out += '-';
    twice = -twice;
  }
  out += std::to_string(twice / 2);
  out += (twice % 2) ? ".5\n" : ".0\n";
}

}  // namespace

int main() {
  static Reader in;
  const long long n = in.Next();
  const int k = static_cast<int>(in.Next());
  std::vector<int> values(static_cast<size_t>(n));
  for (auto& v : values) v = static_cast<int>(in.Next());
  const std::vector<double> medians = SlidingWindowMedians(values, k);
  std::string out;
  out.reserve(medians.size() * 13);
  char buf[64];
  for (double m : medians) {
    const double twice = 2 * m;
    if (std::isfinite(twice) && std::fabs(twice) < 9.0e15 && twice == std::floor(twice)) {
      AppendHalf(out, static_cast<long long>(twice));
    } else {
      std::snprintf(buf, sizeof buf, "%.6f\n", m);
      out += buf;
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
