// Time limit exceeded: keeps the window as a sorted vector, with binary search to find where
// the new value goes and where the old one is. The searches are O(log k) but insert and erase
// shift O(k) elements, so it is O(n k) memory traffic: fine for k = 1 000, minutes for
// k = 2 * 10^5 over 10^6 values.
#include "solution.h"

#include <algorithm>

std::vector<double> SlidingWindowMedians(const std::vector<int>& values, int k) {
    std::vector<double> out;
    std::vector<int> window;
    window.reserve(static_cast<size_t>(k) + 1);
    for (size_t i = 0; i < values.size(); ++i) {
        window.insert(std::upper_bound(window.begin(), window.end(), values[i]), values[i]);
        if (i >= static_cast<size_t>(k))
            window.erase(std::lower_bound(window.begin(), window.end(), values[i - static_cast<size_t>(k)]));
        if (i + 1 >= static_cast<size_t>(k)) {
            const size_t h = static_cast<size_t>(k) / 2;
            if (k % 2) out.push_back(window[h]);
            else out.push_back((static_cast<long long>(window[h - 1]) + window[h]) / 2.0);
        }
    }
    return out;
}
