// Accepted (typical), class form: the timestamps of the hits still in the window, in a deque.
// Hit pushes at the back; Count first pops from the front every hit 300 or more seconds old
// (h <= t - 300), then answers with the size. Each hit is pushed and popped at most once.
#include "solution.h"

#include <deque>

namespace {

class DequeCounter final : public HitCounter {
 public:
  void Hit(int64_t t) override { window_.push_back(t); }

  int64_t Count(int64_t t) override {
    while (!window_.empty() && window_.front() <= t - 300) window_.pop_front();
    return static_cast<int64_t>(window_.size());
  }

 private:
  std::deque<int64_t> window_;
};

}  // namespace

std::unique_ptr<HitCounter> MakeHitCounter() { return std::make_unique<DequeCounter>(); }
