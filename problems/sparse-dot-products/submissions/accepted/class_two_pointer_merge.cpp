// Accepted (typical), class form: each vector keeps its (index, value) entries in index order;
// Dot is the two-pointer merge of the two sorted lists: advance the side with the smaller
// index, multiply on equal indices, accumulate in double. O(len(a) + len(b)) per Dot.
#include "solution.h"

#include <cstddef>

namespace {

class MergeVector final : public SparseVector {
 public:
  MergeVector(const std::vector<int>& indices, const std::vector<double>& values) : idx_(indices), val_(values) {}

  double Dot(const SparseVector& other_base) const override {
    const auto& other = static_cast<const MergeVector&>(other_base);
    size_t i = 0, j = 0;
    double dot = 0;
    while (i < idx_.size() && j < other.idx_.size()) {
      if (idx_[i] < other.idx_[j]) ++i;
      else if (idx_[i] > other.idx_[j]) ++j;
      else dot += val_[i++] * other.val_[j++];
    }
    return dot;
  }

 private:
  std::vector<int> idx_;
  std::vector<double> val_;
};

}  // namespace

std::unique_ptr<SparseVector> MakeSparseVector(const std::vector<int>& indices, const std::vector<double>& values) {
  return std::make_unique<MergeVector>(indices, values);
}
