// Wrong answer (classic, float vs double): the per-class F1 values are added up in a float.
// With 10^5 classes the running sum reaches ~10^4, where a float's step is ~10^-3; the
// rounding of 10^5 additions moves the mean by ~10^-5, a hundred times the tolerance. Right on
// small batches.
#include "solution.h"

#include <algorithm>
#include <unordered_map>

Evaluation Evaluate(const std::vector<int>& actual, const std::vector<int>& predicted) {
    std::unordered_map<int, ClassCounts> by_label;
    long long hits = 0;
    auto at = [&](int label) -> ClassCounts& {
        auto [it, fresh] = by_label.try_emplace(label, ClassCounts{label, 0, 0, 0});
        return it->second;
    };
    for (size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] == predicted[i]) {
            ++at(actual[i]).tp;
            ++hits;
        } else {
            ++at(predicted[i]).fp;
            ++at(actual[i]).fn;
        }
    }
    Evaluation e;
    for (auto& [label, c] : by_label) e.classes.push_back(c);
    std::sort(e.classes.begin(), e.classes.end(), [](const ClassCounts& a, const ClassCounts& b) { return a.label < b.label; });
    float sum = 0;
    for (const ClassCounts& c : e.classes) sum += 2.0 * static_cast<double>(c.tp) / static_cast<double>(2 * c.tp + c.fp + c.fn);
    e.macro_f1 = e.classes.empty() ? 0.0 : static_cast<double>(sum) / static_cast<double>(e.classes.size());
    e.accuracy = actual.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(actual.size());
    return e;
}
