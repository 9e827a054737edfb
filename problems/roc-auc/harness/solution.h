// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>
#include <vector>

// The ROC AUC of one scored day, ties counted as one half:
//   AUC = ( #{(i, j) : s_i > s_j} + 1/2 * #{(i, j) : s_i = s_j} ) / (P * Q)
// over every pair of a positive i and a negative j; P and Q are the numbers of positives and
// negatives.
//   scores  2 <= scores.size() <= 2 * 10^6, each in [0, 1] (a decimal with at most 6 digits
//           after the point, as the harness parsed it: equal decimals are equal doubles)
//   labels  the same length, each 1 (positive) or 0 (negative); at least one of each
double RocAuc(const std::vector<double>& scores, const std::vector<int>& labels);
