// Accepted (no hashing): sort the top-k prefix and the relevant ids, count the intersection
// with one merge. O((k + m) log(k + m)) per query; what you would write when `relevant` comes
// as a sorted posting list instead of a set.
#include <bits/stdc++.h>

#include "solution.h"

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    std::vector<int> top(ranked.begin(), ranked.begin() + std::min<long long>((long long)ranked.size(), k));
    std::vector<int> rel(relevant.begin(), relevant.end());
    std::sort(top.begin(), top.end());
    std::sort(rel.begin(), rel.end());
    long long hits = 0;
    for (size_t i = 0, j = 0; i < top.size() && j < rel.size();) {
        if (top[i] < rel[j]) ++i;
        else if (rel[j] < top[i]) ++j;
        else ++hits, ++i, ++j;
    }
    if (rel.empty()) return {double(hits) / k, 0.0};
    return {double(hits) / k, double(hits) / double(rel.size())};
}
