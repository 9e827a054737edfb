// Wrong answer, function form: counts in first-appearance order and stable_sorts by count
// only, so equal counts keep first-appearance order instead of lexicographic order.
#include "solution.h"

#include <algorithm>
#include <unordered_map>

std::vector<std::pair<std::string, int>> TopKFrequent(const std::vector<std::string>& words, int k) {
  std::unordered_map<std::string, size_t> position;
  std::vector<std::pair<std::string, int>> items;
  for (const auto& w : words) {
    auto [it, fresh] = position.try_emplace(w, items.size());
    if (fresh) items.push_back({w, 0});
    ++items[it->second].second;
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });  // BUG: no tie order
  if (items.size() > static_cast<size_t>(k)) items.resize(static_cast<size_t>(k));
  return items;
}
