// Accepted (typical), class form: two heaps. `low_` is a max-heap with the smaller half,
// `high_` a min-heap with the larger half, kept so that low_ has ceil(i/2) elements; the lower
// median is then low_.top() for odd and even i alike. O(log N) per Add, O(1) per Median.
#include "solution.h"

#include <functional>
#include <queue>
#include <vector>

namespace {

class TwoHeaps final : public RunningMedian {
 public:
  void Add(int value) override {
    if (low_.empty() || value <= low_.top()) low_.push(value);
    else high_.push(value);
    if (low_.size() > high_.size() + 1) {
      high_.push(low_.top());
      low_.pop();
    } else if (high_.size() > low_.size()) {
      low_.push(high_.top());
      high_.pop();
    }
  }

  int Median() override { return low_.top(); }

 private:
  std::priority_queue<int> low_;                                     // max-heap
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;  // min-heap
};

}  // namespace

std::unique_ptr<RunningMedian> MakeRunningMedian() { return std::make_unique<TwoHeaps>(); }
