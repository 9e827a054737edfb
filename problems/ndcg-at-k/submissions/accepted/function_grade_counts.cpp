// Accepted (typical), function form: DCG over the first min(k, n) positions of each list as
// given; the ideal order needs no sort, only how many results have each grade 10, 9, ..., 1
// (a counting sort). Gain 2^grade - 1, discount log2(i + 1) for position i (1-based), the
// discounts and gains tabulated once. NDCG = DCG / IDCG, or 0 when IDCG = 0. O(n) per query.
#include "solution.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>

double MeanNdcgAtK(const std::vector<std::vector<int>>& grades, int k) {
  const size_t cut = static_cast<size_t>(k);
  std::vector<double> discount(cut + 1);
  for (size_t i = 1; i <= cut; ++i) discount[i] = 1.0 / std::log2(static_cast<double>(i) + 1.0);
  std::array<double, 11> gain{};
  for (int g = 0; g <= 10; ++g) gain[static_cast<size_t>(g)] = std::pow(2.0, g) - 1.0;
  double total = 0;
  for (const auto& list : grades) {
    const size_t top = std::min(cut, list.size());
    double dcg = 0;
    for (size_t i = 0; i < top; ++i) dcg += gain[static_cast<size_t>(list[i])] * discount[i + 1];
    std::array<size_t, 11> count{};
    for (int g : list) ++count[static_cast<size_t>(g)];
    double idcg = 0;
    size_t position = 1;
    for (int g = 10; g >= 1 && position <= top; --g)
      for (size_t c = count[static_cast<size_t>(g)]; c > 0 && position <= top; --c)
        idcg += gain[static_cast<size_t>(g)] * discount[position++];
    if (idcg > 0) total += dcg / idcg;
  }
  return total / static_cast<double>(grades.size());
}
