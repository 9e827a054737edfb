// Wrong answer: std::discrete_distribution, the standard library's weighted pick, rebuilt on
// every update. It draws from the same mt19937_64, but it turns the draw into an index its own
// way (a double in [0, 1) from generate_canonical against normalised double cumulative sums),
// not by the mapping the statement fixes, so the picks are other items. The statement's
// mapping is what makes the answer checkable exactly.
#include "solution.h"

#include <random>

namespace {

class StdPicker final : public WeightedPicker {
 public:
  StdPicker(const std::vector<uint64_t>& weights, uint64_t seed) : weight_(weights.begin(), weights.end()), rng_(seed) {
    dist_ = std::discrete_distribution<size_t>(weight_.begin(), weight_.end());
  }

  size_t Pick() override { return dist_(rng_); }

  void Update(size_t i, uint64_t weight) override {
    weight_[i] = static_cast<double>(weight);
    dist_ = std::discrete_distribution<size_t>(weight_.begin(), weight_.end());
  }

 private:
  std::vector<double> weight_;
  std::mt19937_64 rng_;
  std::discrete_distribution<size_t> dist_;
};

}  // namespace

std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed) {
  return std::make_unique<StdPicker>(weights, seed);
}
