// Implement MakeRateLimiter in your solution file: derive your own class from RateLimiter and
// return it (include this header or repeat the declarations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

// A sliding-window rate limiter: a client may make at most R allowed requests in any window of
// W milliseconds.
class RateLimiter {
 public:
  virtual ~RateLimiter() = default;

  // Decides one request of `client_id` (1 <= client_id <= 10^9) at millisecond t
  // (0 <= t <= 2 * 10^12, never decreasing from one call to the next): true (allow) when the
  // client has fewer than R allowed requests with a timestamp s such that t - W < s <= t.
  // Denied requests do not count.
  virtual bool Allow(int64_t client_id, int64_t t) = 0;
};

// Your limiter for at most `max_requests` (R, 1 <= R <= 10^6) allowed requests per client in
// any window of `window_ms` (W, 1 <= W <= 10^12) milliseconds.
std::unique_ptr<RateLimiter> MakeRateLimiter(int64_t max_requests, int64_t window_ms);
