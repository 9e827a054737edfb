// The harness of precision-recall-at-k: reads Q queries from stdin, calls the candidate's
// PrecisionRecallAtK once per query and prints the mean precision and the mean recall over
// all Q queries. Input: Q, then per query a line "k n m", a line of n ranked ids, a line of m
// relevant ids.
#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <vector>

#include "solution.h"

namespace {

// One buffered token reader for inputs of millions of numbers.
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
  const long long q = in.Next();
  double precision_sum = 0, recall_sum = 0;
  std::vector<int> ranked;
  std::unordered_set<int> relevant;
  for (long long i = 0; i < q; ++i) {
    const int k = static_cast<int>(in.Next());
    const long long n = in.Next(), m = in.Next();
    ranked.assign(static_cast<size_t>(n), 0);
    for (auto& id : ranked) id = static_cast<int>(in.Next());
    relevant.clear();
    relevant.reserve(static_cast<size_t>(m));
    for (long long j = 0; j < m; ++j) relevant.insert(static_cast<int>(in.Next()));
    const std::pair<double, double> pr = PrecisionRecallAtK(ranked, relevant, k);
    precision_sum += pr.first;
    recall_sum += pr.second;
  }
  std::printf("%.9f %.9f\n", precision_sum / static_cast<double>(q), recall_sum / static_cast<double>(q));
}
