// The harness of k-closest-points: reads "k qx qy", builds the candidate's structure with
// MakeClosestPoints, then streams the rest of the input without keeping it: a line "x y" calls
// Add(x, y), a line "?" calls Closest() and prints "c id_1 ... id_c" on one line. The harness
// itself holds only a 64 KiB read buffer and the last answer.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "solution.h"

namespace {

class Reader {
 public:
  // The next non-blank byte, not consumed; -1 at the end.
  int Peek() {
    int c = Get();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = Get();
    if (c >= 0) --pos_;
    return c;
  }
  void Skip() { ++pos_; }
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
  const int k = static_cast<int>(in.Next());
  const int qx = static_cast<int>(in.Next());
  const int qy = static_cast<int>(in.Next());
  std::unique_ptr<ClosestPoints> closest = MakeClosestPoints(k, qx, qy);
  std::string out;
  for (int c = in.Peek(); c >= 0; c = in.Peek()) {
    if (c == '?') {
      in.Skip();
      const std::vector<int> ids = closest->Closest();
      out += std::to_string(ids.size());
      for (int id : ids) {
        out += ' ';
        out += std::to_string(id);
      }
      out += '\n';
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    } else {
      const int x = static_cast<int>(in.Next());
      const int y = static_cast<int>(in.Next());
      closest->Add(x, y);
    }
  }
}
