// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>  // size_t: what ranked.size() and relevant.size() return
#include <unordered_set>
#include <utility>
#include <vector>

// Precision@k and recall@k of one query.
//   ranked    the item ids the model returned, best first; distinct; may be shorter than k
//   relevant  the item ids the raters marked relevant; may be empty, may contain ids that are
//             not in `ranked`
//   k         the cut-off, k >= 1: the number of slots the results page shows
// Returns {precision, recall}, where hits = |relevant ∩ (first k items of ranked)|:
//   precision = hits / k
//   recall    = hits / |relevant|, and 0 when relevant is empty
std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k);
