// Wrong answer (classic): t = x % W instead of floor(x * W / 2^64). Both give a number in
// [0, W), and modulo is what most people write, but it is a different number: the picks are
// other items from the very first draw. (It is also biased when W does not divide 2^64, which
// is why the statement maps draws with a multiply-shift.)
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
    uint64_t t = rng_() % total_;
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
