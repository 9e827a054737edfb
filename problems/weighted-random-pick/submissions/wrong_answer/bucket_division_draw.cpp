// BLIND WA: draw as x / (2^64-1 / W) instead of floor(x*W/2^64); bucket size rounding shifts t for large W
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

class FenwickPicker : public WeightedPicker {
 public:
  FenwickPicker(const vector<uint64_t>& w, uint64_t seed) : n_(w.size()), w_(w), tree_(w.size() + 1, 0), total_(0), rng_(seed) {
    for (size_t i = 1; i <= n_; i++) {
      tree_[i] += w[i - 1];
      size_t j = i + (i & -i);
      if (j <= n_) tree_[j] += tree_[i];
      total_ += w[i - 1];
    }
    top_ = 1;
    while (top_ * 2 <= n_) top_ *= 2;
  }
  size_t Pick() override {
    uint64_t x = rng_();
    uint64_t W = total_;
    uint64_t t = x / (UINT64_MAX / W);
    if (t >= W) t = W - 1;
    // smallest i with prefix(i) > t: descend the tree
    size_t pos = 0;
    uint64_t rem = t;
    for (size_t step = top_; step > 0; step >>= 1) {
      if (pos + step <= n_ && tree_[pos + step] <= rem) {
        pos += step;
        rem -= tree_[pos];
      }
    }
    return pos;  // 0-based index of the item
  }
  void Update(size_t i, uint64_t weight) override {
    uint64_t delta = (uint64_t)weight - (uint64_t)w_[i];
    w_[i] = weight;
    total_ += delta;
    for (size_t j = i + 1; j <= n_; j += j & -j) tree_[j] += delta;
  }

 private:
  size_t n_;
  vector<uint64_t> w_;
  vector<uint64_t> tree_;
  uint64_t total_;
  size_t top_;
  mt19937_64 rng_;
};

unique_ptr<WeightedPicker> MakeWeightedPicker(const vector<uint64_t>& weights, uint64_t seed) {
  return make_unique<FenwickPicker>(weights, seed);
}
