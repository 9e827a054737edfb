// Time limit: for every relevant id, scans the top-k prefix linearly. O(m * k) per query: fine
// for short lists, ~10^11 steps on the single query with 500 000 results and k = 400 000.
#include "solution.h"

#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    const auto end = ranked.begin() + static_cast<long>(std::min(ranked.size(), static_cast<size_t>(k)));
    long long hits = 0;
    for (int r : relevant) hits += std::find(ranked.begin(), end, r) != end;
    const double precision = static_cast<double>(hits) / k;
    const double recall = relevant.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(relevant.size());
    return {precision, recall};
}
