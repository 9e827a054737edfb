// Wrong answer (classic): the even-count median rule. It returns sorted_window[k / 2] for every
// k, which is the middle for odd k but only the UPPER of the two middles for even k; the
// statement asks for their mean. Fast (Fenwick order statistics) and right on every odd k.
#include "solution.h"

#include <algorithm>

std::vector<double> SlidingWindowMedians(const std::vector<int>& values, int k) {
    const size_t n = values.size();
    std::vector<int> sorted(values);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const int d = static_cast<int>(sorted.size());
    std::vector<int> rank(n);
    for (size_t i = 0; i < n; ++i)
        rank[i] = static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), values[i]) - sorted.begin()) + 1;
    std::vector<int> tree(static_cast<size_t>(d) + 1, 0);
    auto add = [&](int pos, int delta) {
        for (; pos <= d; pos += pos & -pos) tree[static_cast<size_t>(pos)] += delta;
    };
    int top_bit = 1;
    while (top_bit * 2 <= d) top_bit *= 2;
    auto kth = [&](int r) {
        int pos = 0;
        for (int step = top_bit; step > 0; step >>= 1)
            if (pos + step <= d && tree[static_cast<size_t>(pos + step)] < r) {
                pos += step;
                r -= tree[static_cast<size_t>(pos)];
            }
        return sorted[static_cast<size_t>(pos)];
    };
    std::vector<double> out;
    out.reserve(n - static_cast<size_t>(k) + 1);
    for (size_t i = 0; i < n; ++i) {
        add(rank[i], 1);
        if (i >= static_cast<size_t>(k)) add(rank[i - static_cast<size_t>(k)], -1);
        if (i + 1 >= static_cast<size_t>(k)) out.push_back(kth(k / 2 + 1));
    }
    return out;
}
