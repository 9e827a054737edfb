// Wrong answer, class form: a correct sliding window, except that a denied request is logged
// too. A client that keeps retrying while blocked then stays blocked forever, although only
// allowed requests count toward the limit.
#include "solution.h"

#include <deque>
#include <unordered_map>

namespace {

class CountDenied final : public RateLimiter {
 public:
  CountDenied(int64_t max_requests, int64_t window_ms) : r_(max_requests), w_(window_ms) {}

  bool Allow(int64_t client_id, int64_t t) override {
    std::deque<int64_t>& q = log_[client_id];
    while (!q.empty() && q.front() <= t - w_) q.pop_front();
    const bool allowed = static_cast<int64_t>(q.size()) < r_;
    q.push_back(t);  // BUG: only allowed requests belong in the window
    return allowed;
  }

 private:
  int64_t r_, w_;
  std::unordered_map<int64_t, std::deque<int64_t>> log_;
};

}  // namespace

std::unique_ptr<RateLimiter> MakeRateLimiter(int64_t max_requests, int64_t window_ms) {
  return std::make_unique<CountDenied>(max_requests, window_ms);
}
