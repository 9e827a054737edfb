// Wrong answer (classic): the two-multiset solution, but the even-window median is
// (a + b) / 2.0 with a and b as int: a + b is computed in 32 bits before the division turns it
// into a double. Two middles above 2^30 each wrap around to a negative sum (and two below
// -2^30 to a positive one). Right on every input with moderate values, including both samples.
#include "solution.h"

#include <iterator>
#include <set>

std::vector<double> SlidingWindowMedians(const std::vector<int>& values, int k) {
    std::multiset<int> lo, hi;
    std::vector<double> out;
    out.reserve(values.size() - static_cast<size_t>(k) + 1);
    for (size_t i = 0; i < values.size(); ++i) {
        const int x = values[i];
        if (lo.empty() || x <= *lo.rbegin()) lo.insert(x);
        else hi.insert(x);
        if (i >= static_cast<size_t>(k)) {
            const int y = values[i - static_cast<size_t>(k)];
            if (y <= *lo.rbegin()) lo.erase(lo.find(y));
            else hi.erase(hi.find(y));
        }
        while (lo.size() > hi.size() + 1) {
            auto top = std::prev(lo.end());
            hi.insert(*top);
            lo.erase(top);
        }
        while (lo.size() < hi.size()) {
            lo.insert(*hi.begin());
            hi.erase(hi.begin());
        }
        if (i + 1 >= static_cast<size_t>(k)) {
            if (k % 2) {
                out.push_back(*lo.rbegin());
            } else {
                // Wraps like the 32-bit addition most candidates write (without the UB).
                const int sum = static_cast<int>(static_cast<unsigned>(*lo.rbegin()) + static_cast<unsigned>(*hi.begin()));
                out.push_back(sum / 2.0);
            }
        }
    }
    return out;
}
