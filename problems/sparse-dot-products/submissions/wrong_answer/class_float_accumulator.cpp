// Wrong answer, class form: a correct two-pointer merge, but the values are stored and summed in
// float (to "save memory", as in a float32 embedding table). float has a 24-bit mantissa:
// products reach 10^4 and long vectors add thousands of them with mixed signs, so the sum
// drifts far past the 10^-3 tolerance.
#include "solution.h"

#include <cstddef>

namespace {

class FloatVector final : public SparseVector {
 public:
  FloatVector(const std::vector<int>& indices, const std::vector<double>& values)
      : idx_(indices), val_(values.begin(), values.end()) {}

  double Dot(const SparseVector& other_base) const override {
    const auto& other = static_cast<const FloatVector&>(other_base);
    size_t i = 0, j = 0;
    float dot = 0;  // BUG: float loses the sum
    while (i < idx_.size() && j < other.idx_.size()) {
      if (idx_[i] < other.idx_[j]) ++i;
      else if (idx_[i] > other.idx_[j]) ++j;
      else dot += val_[i++] * other.val_[j++];
    }
    return dot;
  }

 private:
  std::vector<int> idx_;
  std::vector<float> val_;
};

}  // namespace

std::unique_ptr<SparseVector> MakeSparseVector(const std::vector<int>& indices, const std::vector<double>& values) {
  return std::make_unique<FloatVector>(indices, values);
}
