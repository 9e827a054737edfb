// Accepted (typical): two multisets. `lo` holds the smaller ceil(k/2) values of the window and
// `hi` the rest, with max(lo) <= min(hi). A new value goes to the side it belongs to, the value
// leaving the window is erased by iterator (one copy, never all equal ones), then the sides are
// rebalanced. The median is max(lo), or the mean of max(lo) and min(hi) (in 64 bits) for even k.
// O(n log k).
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
            if (k % 2) out.push_back(*lo.rbegin());
            else out.push_back((static_cast<long long>(*lo.rbegin()) + *hi.begin()) / 2.0);
        }
    }
    return out;
}
