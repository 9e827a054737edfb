// Memory limit exceeded: keeps every point's (squared distance, id) and answers a query with
// partial_sort over all of them. Exact and simple, and what you would write for a batch, but
// the stream has up to 2 * 10^6 points: 16 bytes each is 32 MB (48 MB while the vector
// doubles) against a 16 MiB limit. Only k of them can ever be in an answer.
#include "solution.h"

#include <algorithm>
#include <utility>

namespace {

class StoreAll final : public ClosestPoints {
 public:
  StoreAll(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) {}

  void Add(int x, int y) override {
    const long long dx = static_cast<long long>(x) - qx_, dy = static_cast<long long>(y) - qy_;
    all_.push_back({dx * dx + dy * dy, static_cast<int>(all_.size())});
  }

  std::vector<int> Closest() override {
    const size_t c = std::min(k_, all_.size());
    std::partial_sort(all_.begin(), all_.begin() + static_cast<long>(c), all_.end());
    std::vector<int> ids;
    for (size_t i = 0; i < c; ++i) ids.push_back(all_[i].second);
    return ids;
  }

 private:
  size_t k_;
  long long qx_, qy_;
  std::vector<std::pair<long long, int>> all_;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<StoreAll>(k, qx, qy);
}
