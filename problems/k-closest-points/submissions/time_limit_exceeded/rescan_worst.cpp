// Time limit exceeded: keeps the k best points in an unsorted array and remembers where the
// worst one is. A point that beats the worst overwrites it, and then the array is scanned
// again to find the new worst: O(k) per point that gets in. On a random stream few points get
// in late, but on a stream that comes closer and closer every point does: 2 * 10^6 points
// times k = 10^5 is 2 * 10^11 comparisons. O(k) memory, so only the time limit catches it.
#include "solution.h"

#include <algorithm>
#include <utility>

namespace {

using Entry = std::pair<long long, int>;

class RescanClosest final : public ClosestPoints {
 public:
  RescanClosest(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) {}

  void Add(int x, int y) override {
    const long long dx = static_cast<long long>(x) - qx_, dy = static_cast<long long>(y) - qy_;
    const Entry e{dx * dx + dy * dy, next_id_++};
    if (kept_.size() < k_) {
      kept_.push_back(e);
      if (kept_.size() == k_) FindWorst();
      return;
    }
    if (!(e < kept_[worst_])) return;
    kept_[worst_] = e;
    FindWorst();
  }

  std::vector<int> Closest() override {
    std::vector<Entry> sorted(kept_);
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> ids;
    for (const Entry& e : sorted) ids.push_back(e.second);
    return ids;
  }

 private:
  void FindWorst() { worst_ = static_cast<size_t>(std::max_element(kept_.begin(), kept_.end()) - kept_.begin()); }

  size_t k_;
  long long qx_, qy_;
  int next_id_ = 0;
  std::vector<Entry> kept_;
  size_t worst_ = 0;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<RescanClosest>(k, qx, qy);
}
