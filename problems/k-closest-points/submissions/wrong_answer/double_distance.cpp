// Wrong answer (classic, float vs integer): distances as double, sqrt(dx^2 + dy^2). A double
// has 53 bits; squared distances reach 8 * 10^18 (63 bits), so two points whose squared
// distances differ by a few hundred get the same double and are then ordered by id, which
// puts the farther one first when it came first. The integer squared distance is exact and
// needs no sqrt.
#include <cmath>
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
    const std::pair<double, int> p{std::sqrt(static_cast<double>(dx) * static_cast<double>(dx) + static_cast<double>(dy) * static_cast<double>(dy)), next_id_++};
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
  std::priority_queue<std::pair<double, int>> heap_;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<HeapClosest>(k, qx, qy);
}
