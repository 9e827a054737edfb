// Wrong answer (classic tie-break): the max-heap solution, but a new point replaces the top
// when its distance is <= the worst kept distance. At equal distance the newer point (larger
// id) evicts the older one, although the statement keeps the earlier ids. Right whenever no
// two points at the cut are equally far, as in sample 2.
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
    } else if (p.first <= heap_.top().first) {
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
