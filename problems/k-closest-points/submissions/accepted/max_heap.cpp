// Accepted (typical): a max-heap of at most k (squared distance, id) pairs, ordered so that
// its top is the worst kept point: farther, or equally far with a larger id. A new point
// replaces the top only when it is strictly better, so among equal distances the earlier id
// stays. Squared distances in 64 bits: differences up to 2 * 10^9 (an int), squares up to
// 8 * 10^18 (exact; no sqrt, no double). O(log k) per point, O(k log k) per query, O(k) memory.
#include "solution.h"

#include <algorithm>
#include <queue>
#include <utility>

namespace {

class HeapClosest final : public ClosestPoints {
 public:
  HeapClosest(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) {}

  void Add(int x, int y) override {
    const long long dx = static_cast<long long>(x) - qx_, dy = static_cast<long long>(y) - qy_;
    const std::pair<long long, int> p{dx * dx + dy * dy, next_id_++};
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
