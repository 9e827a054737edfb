// Wrong answer (classic): a correct max-heap of the k best (kept in a vector with
// std::push_heap / std::pop_heap), but Closest() returns the heap's array as it is: heap
// order, not closest first. The right k points in the wrong order. Right only when the heap
// happens to be sorted, e.g. with one or two points kept.
#include "solution.h"

#include <algorithm>
#include <utility>

namespace {

class HeapClosest final : public ClosestPoints {
 public:
  HeapClosest(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) {}

  void Add(int x, int y) override {
    const long long dx = static_cast<long long>(x) - qx_, dy = static_cast<long long>(y) - qy_;
    const std::pair<long long, int> p{dx * dx + dy * dy, next_id_++};
    if (heap_.size() < k_) {
      heap_.push_back(p);
      std::push_heap(heap_.begin(), heap_.end());
    } else if (p < heap_.front()) {
      std::pop_heap(heap_.begin(), heap_.end());
      heap_.back() = p;
      std::push_heap(heap_.begin(), heap_.end());
    }
  }

  std::vector<int> Closest() override {
    std::vector<int> ids;
    for (const auto& e : heap_) ids.push_back(e.second);
    return ids;
  }

 private:
  size_t k_;
  long long qx_, qy_;
  int next_id_ = 0;
  std::vector<std::pair<long long, int>> heap_;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<HeapClosest>(k, qx, qy);
}
