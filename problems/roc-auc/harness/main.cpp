// The harness of roc-auc's function form: reads N and the N rows "score label" from stdin,
// calls the candidate's RocAuc once and prints the result with twelve decimals, as the stdio
// form may.
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

double ParseDouble(std::string_view token) {
  char* end = nullptr;
  const std::string text(token);
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') {
    std::fprintf(stderr, "harness: malformed input\n");
    std::exit(3);
  }
  return v;
}

}  // namespace

int main() {
  static Reader in;
  const long long n = in.Int();
  std::vector<double> scores(static_cast<size_t>(n));
  std::vector<int> labels(static_cast<size_t>(n));
  for (long long i = 0; i < n; ++i) {
    scores[static_cast<size_t>(i)] = ParseDouble(in.Token());
    labels[static_cast<size_t>(i)] = static_cast<int>(in.Int());
  }
  std::printf("%.12f\n", RocAuc(scores, labels));
}
