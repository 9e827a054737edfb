// Time limit exceeded: keeps the weights and the total, and finds each pick by walking the
// items and summing until the running total passes t. Correct, O(1) updates, but O(n) per
// pick: 10^6 picks over 10^6 items is ~5 * 10^11 additions.
#include "solution.h"

#include <random>

namespace {

class LinearPicker final : public WeightedPicker {
 public:
  LinearPicker(const std::vector<uint64_t>& weights, uint64_t seed) : weight_(weights), rng_(seed) {
    for (uint64_t w : weights) total_ += w;
  }

  size_t Pick() override {
    const uint64_t t = static_cast<uint64_t>((static_cast<unsigned __int128>(rng_()) * total_) >> 64);
    uint64_t running = 0;
    for (size_t i = 0; i < weight_.size(); ++i) {
      running += weight_[i];
      if (running > t) return i;
    }
    return weight_.size() - 1;
  }

  void Update(size_t i, uint64_t weight) override {
    total_ += weight - weight_[i];
    weight_[i] = weight;
  }

 private:
  std::vector<uint64_t> weight_;
  uint64_t total_ = 0;
  std::mt19937_64 rng_;
};

}  // namespace

std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed) {
  return std::make_unique<LinearPicker>(weights, seed);
}
