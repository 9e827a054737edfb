// Wrong answer, class form: correct two heaps, but for an even count Median() returns the mean
// of the two middle values (rounded toward zero), the textbook convention. This problem asks
// for the lower median, the ceil(i/2)-th smallest: for {3, 5} that is 3, not 4.
#include "solution.h"

#include <functional>
#include <queue>
#include <vector>

namespace {

class MeanOfMiddles final : public RunningMedian {
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

  int Median() override {
    if (low_.size() == high_.size())  // BUG: the lower median is wanted
      return static_cast<int>((static_cast<long long>(low_.top()) + high_.top()) / 2);
    return low_.top();
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};

}  // namespace

std::unique_ptr<RunningMedian> MakeRunningMedian() { return std::make_unique<MeanOfMiddles>(); }
