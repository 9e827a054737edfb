// Wrong answer, class form: the window boundary is off by one. Count evicts only hits strictly
// older than t - 300 (h < t - 300), so a hit exactly 300 seconds old still counts: the window
// is [t - 300, t] instead of (t - 300, t].
#include "solution.h"

#include <deque>

namespace {

class ClosedWindow final : public HitCounter {
 public:
  void Hit(int64_t t) override { window_.push_back(t); }

  int64_t Count(int64_t t) override {
    while (!window_.empty() && window_.front() < t - 300) window_.pop_front();  // BUG: <= wanted
    return static_cast<int64_t>(window_.size());
  }

 private:
  std::deque<int64_t> window_;
};

}  // namespace

std::unique_ptr<HitCounter> MakeHitCounter() { return std::make_unique<ClosedWindow>(); }
