// The harness of rate-limiter's class form: reads "N R W" and the N requests from stdin, calls
// the candidate's Allow(client_id, t) for each one in log order and prints ALLOW or DENY on its
// own line, as the stdio form does.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "solution.h"

namespace {

// Fast input: the big cases have millions of tokens.
class Reader {
 public:
  // The next whitespace-separated token (empty at the end of the input); valid until the next call.
  std::string_view Token() {
    int c = Get();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = Get();
    token_.clear();
    for (; c != -1 && c != ' ' && c != '\n' && c != '\r' && c != '\t'; c = Get()) token_ += static_cast<char>(c);
    return token_;
  }
  long long Int() {
    const std::string_view t = Token();
    size_t i = t.starts_with('-') ? 1 : 0;
    if (i == t.size()) Malformed();
    long long v = 0;
    for (; i < t.size(); ++i) {
      if (t[i] < '0' || t[i] > '9') Malformed();
      v = v * 10 + (t[i] - '0');
    }
    return t.starts_with('-') ? -v : v;
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
  std::string token_;
};

}  // namespace

int main() {
  static Reader in;
  const long long n = in.Int();
  const int64_t r = in.Int();
  const int64_t w = in.Int();
  const std::unique_ptr<RateLimiter> limiter = MakeRateLimiter(r, w);
  std::string out;
  out.reserve(static_cast<size_t>(n) * 6);
  for (long long i = 0; i < n; ++i) {
    const int64_t client = in.Int();
    const int64_t t = in.Int();
    out += limiter->Allow(client, t) ? "ALLOW\n" : "DENY\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
