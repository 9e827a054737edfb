// Wrong answer: forgets that a query can have no relevant items; 0 / 0 is NaN and one NaN
// poisons the mean recall over all queries.
#include "solution.h"

#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    const size_t top = std::min(ranked.size(), static_cast<size_t>(k));
    double hits = 0;
    for (size_t i = 0; i < top; ++i) hits += static_cast<double>(relevant.count(ranked[i]));
    return {hits / k, hits / static_cast<double>(relevant.size())};
}
