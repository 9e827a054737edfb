// Time limit exceeded: copies every window and selects its middle with nth_element. Correct,
// but O(n k): with n = 10^6 and k = 2 * 10^5 that is 10^11 element moves.
#include "solution.h"

#include <algorithm>

std::vector<double> SlidingWindowMedians(const std::vector<int>& values, int k) {
    std::vector<double> out;
    std::vector<int> window(static_cast<size_t>(k));
    for (size_t i = 0; i + static_cast<size_t>(k) <= values.size(); ++i) {
        std::copy(values.begin() + static_cast<long>(i), values.begin() + static_cast<long>(i) + k, window.begin());
        auto mid = window.begin() + k / 2;
        std::nth_element(window.begin(), mid, window.end());
        if (k % 2) {
            out.push_back(*mid);
        } else {
            const int lower = *std::max_element(window.begin(), mid);
            out.push_back((static_cast<long long>(lower) + *mid) / 2.0);
        }
    }
    return out;
}
