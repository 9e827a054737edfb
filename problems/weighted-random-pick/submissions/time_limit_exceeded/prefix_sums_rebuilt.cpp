// Time limit exceeded: the textbook static answer. Prefix sums once, then each pick is
// std::upper_bound(prefix, t): O(log n), and it passes every test without updates. But every
// Update rebuilds the prefix sums in O(n), and the follow-up tier interleaves 5 * 10^5 updates
// with the picks over 2 * 10^5 items: 10^11 additions.
#include "solution.h"

#include <algorithm>
#include <random>

namespace {

class PrefixPicker final : public WeightedPicker {
 public:
  PrefixPicker(const std::vector<uint64_t>& weights, uint64_t seed)
      : weight_(weights), prefix_(weights.size()), rng_(seed) {
    Rebuild();
  }

  size_t Pick() override {
    const uint64_t t = static_cast<uint64_t>((static_cast<unsigned __int128>(rng_()) * prefix_.back()) >> 64);
    return static_cast<size_t>(std::upper_bound(prefix_.begin(), prefix_.end(), t) - prefix_.begin());
  }

  void Update(size_t i, uint64_t weight) override {
    weight_[i] = weight;
    Rebuild();
  }

 private:
  void Rebuild() {
    uint64_t running = 0;
    for (size_t i = 0; i < weight_.size(); ++i) prefix_[i] = running += weight_[i];
  }

  std::vector<uint64_t> weight_;
  std::vector<uint64_t> prefix_;
  std::mt19937_64 rng_;
};

}  // namespace

std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed) {
  return std::make_unique<PrefixPicker>(weights, seed);
}
