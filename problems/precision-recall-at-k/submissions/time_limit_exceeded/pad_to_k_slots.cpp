// BLIND TLE: materialises all k result slots (padding the empty ones) on every call: O(sum of k) up to 1e11 with many deep-k queries
#include "solution.h"
#include <optional>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    // the results page has k slots; empty slots hold nothing
    std::vector<std::optional<int>> page(k);
    for (int i = 0; i < k && i < (int)ranked.size(); i++) page[i] = ranked[i];
    int hits = 0;
    for (const auto& slot : page)
        if (slot && relevant.count(*slot)) hits++;
    double precision = (double)hits / page.size();
    double recall = relevant.empty() ? 0.0 : (double)hits / relevant.size();
    return {precision, recall};
}
