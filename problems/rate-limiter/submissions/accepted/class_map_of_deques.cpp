// Accepted (typical), class form: a sliding-window log. Per client, a deque holds the
// timestamps of its ALLOWED requests still inside the window. Allow pops the timestamps with
// s <= t - W; the request is allowed when fewer than R remain, and only then is t pushed.
// Each request is pushed and popped at most once.
#include "solution.h"

#include <deque>
#include <unordered_map>

namespace {

class SlidingLog final : public RateLimiter {
 public:
  SlidingLog(int64_t max_requests, int64_t window_ms) : r_(max_requests), w_(window_ms) { log_.reserve(1 << 16); }

  bool Allow(int64_t client_id, int64_t t) override {
    std::deque<int64_t>& q = log_[client_id];
    while (!q.empty() && q.front() <= t - w_) q.pop_front();
    if (static_cast<int64_t>(q.size()) >= r_) return false;
    q.push_back(t);
    return true;
  }

 private:
  int64_t r_, w_;
  std::unordered_map<int64_t, std::deque<int64_t>> log_;
};

}  // namespace

std::unique_ptr<RateLimiter> MakeRateLimiter(int64_t max_requests, int64_t window_ms) {
  return std::make_unique<SlidingLog>(max_requests, window_ms);
}
