// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>
#include <vector>

// The median of every window of k consecutive values, in window order.
//   values  the latency samples, in arrival order; 1 <= values.size() <= 10^6; any int
//   k       the window length, 1 <= k <= values.size()
// Returns values.size() - k + 1 medians; the i-th is the median of values[i .. i+k-1].
// The median of an odd-length window is its middle value once sorted; of an even-length
// window, the mean of its two middle values (so it may end in .5).
std::vector<double> SlidingWindowMedians(const std::vector<int>& values, int k);
