// Implement MakeWeightedPicker in your solution file: derive your own class from
// WeightedPicker and return it (include this header or repeat the declarations).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

// n items, item i with weight w_i >= 0, drawn with probability w_i / W, W = w_0 + ... + w_{n-1}.
class WeightedPicker {
 public:
  virtual ~WeightedPicker() = default;

  // One draw: x = the next output of the picker's std::mt19937_64 (seeded with `seed`, one
  // output per Pick, nothing else consumes it), t = floor(x * W / 2^64) computed exactly
  // ((unsigned __int128)x * W >> 64), and the result is the smallest i with
  // w_0 + ... + w_i > t. Never called while W = 0.
  virtual size_t Pick() = 0;

  // Item i's weight becomes `weight` (0 <= i < n, 0 <= weight <= 10^9).
  virtual void Update(size_t i, uint64_t weight) = 0;
};

// Your picker over `weights` (1 <= n <= 10^6, each 0 <= w_i <= 10^9), with its generator
// constructed as std::mt19937_64(seed).
std::unique_ptr<WeightedPicker> MakeWeightedPicker(const std::vector<uint64_t>& weights, uint64_t seed);
