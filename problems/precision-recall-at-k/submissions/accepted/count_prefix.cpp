// Accepted (typical): walk the first min(k, |ranked|) items and look each up in the hash set.
// O(min(k, n)) expected per query.
#include "solution.h"

#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    const size_t top = std::min(ranked.size(), static_cast<size_t>(k));
    long long hits = 0;
    for (size_t i = 0; i < top; ++i) hits += relevant.count(ranked[i]);
    const double precision = static_cast<double>(hits) / k;
    const double recall = relevant.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(relevant.size());
    return {precision, recall};
}
