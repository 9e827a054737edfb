// Wrong answer: divides precision by the number of items actually returned in the top k,
// min(k, |ranked|), instead of by k. A model that returns 2 results for 10 slots and gets both
// right is not 100 % precise at 10. Wrong on every case where some list is shorter than k.
#include "solution.h"

#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    const size_t top = std::min(ranked.size(), static_cast<size_t>(k));
    long long hits = 0;
    for (size_t i = 0; i < top; ++i) hits += relevant.count(ranked[i]);
    const double precision = top == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(top);
    const double recall = relevant.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(relevant.size());
    return {precision, recall};
}
