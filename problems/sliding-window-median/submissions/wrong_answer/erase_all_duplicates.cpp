// Wrong answer (classic): the two-multiset solution, but the value leaving the window is erased
// with multiset::erase(value), which removes EVERY copy of it, not one. With duplicates in the
// window the sides lose values they should keep, the balance is computed from wrong sizes, and
// the medians drift. Right whenever a window never holds the same value twice (sample 1).
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
            if (!lo.empty() && y <= *lo.rbegin()) lo.erase(y);
            else hi.erase(y);
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
            if (lo.empty()) out.push_back(0);
            else if (k % 2 || hi.empty()) out.push_back(*lo.rbegin());
            else out.push_back((static_cast<long long>(*lo.rbegin()) + *hi.begin()) / 2.0);
        }
    }
    return out;
}
