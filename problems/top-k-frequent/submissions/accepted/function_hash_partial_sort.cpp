// Accepted (typical), function form: count with std::unordered_map, copy the distinct words out
// and std::partial_sort the best k (higher count first, then smaller word) to the front.
// O(N + D log k) time, O(D) memory, D = the number of distinct words.
#include "solution.h"

#include <algorithm>
#include <unordered_map>

std::vector<std::pair<std::string, int>> TopKFrequent(const std::vector<std::string>& words, int k) {
  std::unordered_map<std::string, int> count;
  count.reserve(1 << 16);
  for (const auto& w : words) ++count[w];
  std::vector<std::pair<std::string, int>> items(count.begin(), count.end());
  const size_t top = std::min(items.size(), static_cast<size_t>(k));
  std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(top), items.end(),
                    [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  items.resize(top);
  return items;
}
