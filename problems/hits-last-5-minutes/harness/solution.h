// Implement MakeHitCounter in your solution file: derive your own class from HitCounter and
// return it (include this header or repeat the declarations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

// Counts the hits of the last 5 minutes. Timestamps are seconds, 0 <= t <= 2 * 10^9, and never
// decrease from one call to the next (Hit and Count calls share one clock).
class HitCounter {
 public:
  virtual ~HitCounter() = default;

  // One request at second t.
  virtual void Hit(int64_t t) = 0;

  // The number of earlier Hit calls with a timestamp h such that t - 300 < h <= t.
  virtual int64_t Count(int64_t t) = 0;
};

// Your counter, with no hits yet.
std::unique_ptr<HitCounter> MakeHitCounter();
