// Accepted (typical): a segment tree of sums over a power-of-two number of leaves. A pick walks
// down from the root: go left when the left child's sum is > t, else subtract it and go right.
// An update rewrites one leaf and its ancestors. O(log n) each, twice the memory of a Fenwick
// tree and a little slower.
#include "solution.h"

#include <random>

namespace {

class SegmentTreePicker final : public WeightedPicker {
 public:
  SegmentTreePicker(const std::vector<uint64_t>& weights, uint64_t seed) : rng_(seed) {
    while (leaves_ < weights.size()) leaves_ *= 2;
    sum_.assign(2 * leaves_, 0);
    for (size_t i = 0; i < weights.size(); ++i) sum_[leaves_ + i] = weights[i];
    for (size_t node = leaves_ - 1; node >= 1; --node) sum_[node] = sum_[2 * node] + sum_[2 * node + 1];
  }

  size_t Pick() override {
    uint64_t t = static_cast<uint64_t>((static_cast<unsigned __int128>(rng_()) * sum_[1]) >> 64);
    size_t node = 1;
    while (node < leaves_) {
      if (sum_[2 * node] > t) {
        node = 2 * node;
      } else {
        t -= sum_[2 * node];
        node = 2 * node + 1;
      }
    }
    return node - leaves_;
  }

  void Update(size_t i, uint64_t weight) override {
    size_t node = leaves_ + i;
    sum_[node] = weight;
    for (node /= 2; node >= 1; node /= 2) sum_[node] = sum_[2 * node] + sum_[2 * node + 1];
  }

 private:
  size_t leaves_ = 1;
  std::vector<uint64_t> sum_;
  std::mt19937_64 rng_;
};

}  // namespace

std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed) {
  return std::make_unique<SegmentTreePicker>(weights, seed);
}
