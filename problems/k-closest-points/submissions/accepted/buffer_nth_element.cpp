// Accepted (best): a buffer of up to 2k candidates and a threshold. A point no better than the
// threshold (the k-th best (distance, id) at the last compaction) is dropped with one
// comparison; a better one is appended. When the buffer holds 2k, nth_element keeps the best k
// and the k-th becomes the new threshold. Every compaction costs O(k) and happens at most once
// per k appended points: amortised O(1) per point, and the common case, a point that is not
// close, is one compare. O(k) memory; a query is one nth_element and a sort of k.
#include "solution.h"

#include <algorithm>
#include <utility>

namespace {

using Entry = std::pair<long long, int>;  // (squared distance, id)

class BufferClosest final : public ClosestPoints {
 public:
  BufferClosest(int k, int qx, int qy) : k_(static_cast<size_t>(k)), qx_(qx), qy_(qy) { buffer_.reserve(2 * k_); }

  void Add(int x, int y) override {
    const long long dx = static_cast<long long>(x) - qx_, dy = static_cast<long long>(y) - qy_;
    const Entry e{dx * dx + dy * dy, next_id_++};
    if (has_threshold_ && !(e < threshold_)) return;
    buffer_.push_back(e);
    if (buffer_.size() == 2 * k_) Compact();
  }

  std::vector<int> Closest() override {
    if (buffer_.size() > k_) Compact();
    std::vector<Entry> sorted(buffer_);
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> ids;
    ids.reserve(sorted.size());
    for (const Entry& e : sorted) ids.push_back(e.second);
    return ids;
  }

 private:
  void Compact() {
    std::nth_element(buffer_.begin(), buffer_.begin() + static_cast<long>(k_ - 1), buffer_.end());
    threshold_ = buffer_[k_ - 1];
    has_threshold_ = true;
    buffer_.resize(k_);
  }

  size_t k_;
  long long qx_, qy_;
  int next_id_ = 0;
  std::vector<Entry> buffer_;
  Entry threshold_{};
  bool has_threshold_ = false;
};

}  // namespace

std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return std::make_unique<BufferClosest>(k, qx, qy);
}
