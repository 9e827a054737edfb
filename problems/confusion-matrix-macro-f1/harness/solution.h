// Implement this function in your solution file (include this header or repeat the includes).
#pragma once

#include <cstddef>
#include <vector>

// One row of the per-class report: the confusion matrix's diagonal cell of `label`, the rest
// of its column (false positives) and the rest of its row (false negatives).
struct ClassCounts {
  int label;
  long long tp;  // actual == label and predicted == label
  long long fp;  // predicted == label, actual != label
  long long fn;  // actual == label, predicted != label
};

struct Evaluation {
  std::vector<ClassCounts> classes;  // every label that occurs in `actual` or `predicted`, ascending
  double macro_f1;                   // mean over `classes` of 2tp / (2tp + fp + fn); 0 if none
  double accuracy;                   // (sum of tp) / n, which is also the micro-averaged F1; 0 if n = 0
};

// The evaluation of one batch: actual[i] is the true class of example i, predicted[i] the
// model's; both have the same length n >= 0; labels are any int.
Evaluation Evaluate(const std::vector<int>& actual, const std::vector<int>& predicted);
