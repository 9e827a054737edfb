// The harness of sparse-dot-products' class form: reads the M vectors from stdin and makes each
// with the candidate's MakeSparseVector, then answers every query "a b" with vector a's Dot(b),
// printed with six decimals on its own line as the stdio form does.
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
  const long long m = in.Int();
  in.Int();  // D: the indices say all the harness needs
  std::vector<std::unique_ptr<SparseVector>> vectors;
  vectors.reserve(static_cast<size_t>(m));
  std::vector<int> indices;
  std::vector<double> values;
  for (long long v = 0; v < m; ++v) {
    const long long l = in.Int();
    indices.resize(static_cast<size_t>(l));
    values.resize(static_cast<size_t>(l));
    for (long long j = 0; j < l; ++j) {
      indices[static_cast<size_t>(j)] = static_cast<int>(in.Int());
      values[static_cast<size_t>(j)] = ParseDouble(in.Token());
    }
    vectors.push_back(MakeSparseVector(indices, values));
  }
  const std::string_view q_token = in.Token();
  const long long q = q_token.empty() ? 0 : std::atoll(std::string(q_token).c_str());
  std::string out;
  char buf[64];
  for (long long i = 0; i < q; ++i) {
    const long long a = in.Int();
    const long long b = in.Int();
    std::snprintf(buf, sizeof buf, "%.6f\n", vectors[static_cast<size_t>(a)]->Dot(*vectors[static_cast<size_t>(b)]));
    out += buf;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}
