// Accepted (typical), function form: sort (score, label) rows and walk the tie groups in
// ascending order. A group with p positives and q negatives adds p * (negatives in lower
// groups) correctly ranked pairs plus p * q / 2 for its ties. Counting in half-pairs keeps it
// an exact integer: AUC = (2 * below + ties) / (2 * P * Q). O(N log N).
#include "solution.h"

#include <algorithm>
#include <cstddef>
#include <utility>

double RocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
  std::vector<std::pair<double, int>> rows(scores.size());
  for (size_t i = 0; i < scores.size(); ++i) rows[i] = {scores[i], labels[i]};
  std::sort(rows.begin(), rows.end());
  long long negatives_below = 0, half_pairs = 0, positives = 0, negatives = 0;
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    long long p = 0, q = 0;
    for (; j < rows.size() && rows[j].first == rows[i].first; ++j) (rows[j].second ? p : q)++;
    half_pairs += 2 * p * negatives_below + p * q;
    negatives_below += q;
    positives += p;
    negatives += q;
    i = j;
  }
  return static_cast<double>(half_pairs) / (2.0 * static_cast<double>(positives) * static_cast<double>(negatives));
}
