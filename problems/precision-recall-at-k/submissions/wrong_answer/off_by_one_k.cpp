// BLIND WA: off-by-one in k: the loop runs i <= k, so the (k+1)-th ranked item is also counted as a hit
#include "solution.h"
#include <algorithm>

std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k) {
    int hits = 0;
    int n = (int)ranked.size();
    for (int i = 0; i <= k && i < n; i++)
        if (relevant.count(ranked[i])) hits++;
    double precision = (double)hits / k;
    double recall = relevant.empty() ? 0.0 : (double)hits / relevant.size();
    return {precision, recall};
}
