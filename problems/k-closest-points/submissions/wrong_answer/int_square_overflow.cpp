// Wrong answer (classic overflow): the max-heap solution, but with int dx = x - qx the squares
// are taken in int as well: dx * dx + dy * dy is computed in 32 bits before it is stored in a
// long long. Any difference past 46 340 overflows (dx = 2 * 10^9 fits in an int, its square
// does not), and wrapped squares make far points look close. Right on both samples.
#include "solution.h"

#include <algorithm>
#include <queue>
#include <utility>

namespace {

class HeapClosest final : public ClosestPoints {
 public:
  HeapClosest(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) {}

  void Add(int x, int y) override {
    const int dx = x - static_cast<int>(qx_), dy = y - static_cast<int>(qy_);
    // Wraps like the int arithmetic most candidates write (without the UB).
    const int d = static_cast<int>(static_cast<unsigned>(dx) * static_cast<unsigned>(dx) + static_cast<unsigned>(dy) * static_cast<unsigned>(dy));
    const std::pair<long long, int> p{d, next_id_++};
    if (heap_.size() < k_) {
      heap_.push(p);
    } else if (p < heap_.top()) {
      heap_.pop();
      heap_.push(p);
    }
  }

  std::vector<int> Closest() override {
    auto copy = heap_;
    std::vector<int> ids(copy.size());
    for (size_t i = ids.size(); i-- > 0; copy.pop()) ids[i] = copy.top().second;
    return ids;
  }

 private:
  size_t k_;
  long long qx_, qy_;
  int next_id_ = 0;
  std::priority_queue<std::pair<long long, int>> heap_;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<HeapClosest>(k, qx, qy);
}
