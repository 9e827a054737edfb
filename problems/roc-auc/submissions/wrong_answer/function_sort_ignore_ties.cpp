// Wrong answer, function form: sorts by score and counts, for every positive, the negatives
// sorted before it, but ignores ties: a negative with the same score counts as fully below or
// fully above depending on where the sort put it, instead of one half.
#include "solution.h"

#include <algorithm>
#include <cstddef>
#include <utility>

double RocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
  std::vector<std::pair<double, int>> rows(scores.size());
  for (size_t i = 0; i < scores.size(); ++i) rows[i] = {scores[i], labels[i]};
  std::sort(rows.begin(), rows.end());  // BUG: ties go by label, negatives (0) first
  long long negatives_below = 0, pairs = 0, positives = 0, negatives = 0;
  for (const auto& [score, label] : rows) {
    if (label) {
      pairs += negatives_below;
      ++positives;
    } else {
      ++negatives_below;
      ++negatives;
    }
  }
  return static_cast<double>(pairs) / (static_cast<double>(positives) * static_cast<double>(negatives));
}
