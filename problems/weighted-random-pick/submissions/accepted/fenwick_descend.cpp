// Accepted (best): a Fenwick tree of the weights, built in O(n). A pick descends the tree from
// its highest power of two, keeping the largest prefix of items whose total is <= t: the item
// after that prefix is the smallest i with w_0 + ... + w_i > t. Pick and Update are O(log n);
// the tree is one flat array. Sums wrap modulo 2^64 during an update's delta, which is exact
// because every true sum fits.
#include "solution.h"

#include <random>

namespace {

class FenwickPicker final : public WeightedPicker {
 public:
  FenwickPicker(const std::vector<uint64_t>& weights, uint64_t seed)
      : n_(weights.size()), weight_(weights), tree_(n_ + 1, 0), rng_(seed) {
    for (size_t i = 1; i <= n_; ++i) {
      tree_[i] += weights[i - 1];
      total_ += weights[i - 1];
      const size_t parent = i + (i & (~i + 1));
      if (parent <= n_) tree_[parent] += tree_[i];
    }
    while (top_ * 2 <= n_) top_ *= 2;
  }

  size_t Pick() override {
    uint64_t t = static_cast<uint64_t>((static_cast<unsigned __int128>(rng_()) * total_) >> 64);
    size_t pos = 0;
    for (size_t step = top_; step > 0; step >>= 1)
      if (pos + step <= n_ && tree_[pos + step] <= t) {
        pos += step;
        t -= tree_[pos];
      }
    return pos;
  }

  void Update(size_t i, uint64_t weight) override {
    const uint64_t delta = weight - weight_[i];  // modulo 2^64
    weight_[i] = weight;
    total_ += delta;
    for (size_t pos = i + 1; pos <= n_; pos += pos & (~pos + 1)) tree_[pos] += delta;
  }

 private:
  size_t n_;
  std::vector<uint64_t> weight_;
  std::vector<uint64_t> tree_;
  uint64_t total_ = 0;
  size_t top_ = 1;
  std::mt19937_64 rng_;
};

}  // namespace

std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed) {
  return std::make_unique<FenwickPicker>(weights, seed);
}
