// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>
#include <vector>

// The mean NDCG@k over the queries.
//   grades  one list per query (1 <= grades.size() <= 10^6): the relevance grades
//           (0 <= grade <= 10) of the results in ranked order; a list may be empty; at most
//           7 * 10^6 grades in all
//   k       the cut-off, 1 <= k <= 10^4
// NDCG@k = DCG@k / IDCG@k, with DCG@k = sum over the first min(k, n) positions i = 1, 2, ... of
// (2^grade - 1) / log2(i + 1), and IDCG@k the DCG@k of the same grades sorted highest first;
// a query whose IDCG@k is 0 scores 0 (and still counts in the mean).
double MeanNdcgAtK(const std::vector<std::vector<int>>& grades, int k);
