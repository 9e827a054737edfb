// BLIND WA: recall divided by min(k, |relevant|) (the "capped" recall) instead of |relevant|
#include "solution.h"
#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    int hits = 0;
    int top = std::min<int>(k, ranked.size());
    for (int i = 0; i < top; i++)
        if (relevant.count(ranked[i])) hits++;
    double precision = (double)hits / k;
    if (relevant.empty()) return {precision, 0.0};
    // you cannot find more than k relevant items in k slots
    double denom = std::min<double>(k, relevant.size());
    return {precision, hits / denom};
}
