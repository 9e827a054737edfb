// Wrong answer, function form: the gain of a result is its grade itself instead of
// 2^grade - 1. Both are used in practice, but this problem defines the exponential gain; the
// two agree only when every grade is 0 or 1.
#include "solution.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>

double MeanNdcgAtK(const std::vector<std::vector<int>>& grades, int k) {
  const size_t cut = static_cast<size_t>(k);
  auto dcg = [&](const std::vector<int>& list) {
    double s = 0;
    for (size_t i = 0; i < list.size() && i < cut; ++i)
      s += list[i] / std::log2(static_cast<double>(i) + 2.0);  // BUG: gain 2^grade - 1 wanted
    return s;
  };
  double total = 0;
  std::vector<int> ideal;
  for (const auto& list : grades) {
    ideal = list;
    std::sort(ideal.begin(), ideal.end(), std::greater<int>());
    const double idcg = dcg(ideal);
    if (idcg > 0) total += dcg(list) / idcg;
  }
  return total / static_cast<double>(grades.size());
}
