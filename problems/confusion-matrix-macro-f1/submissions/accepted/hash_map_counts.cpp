// Accepted (typical): one pass with an unordered_map from label to its counts: a hit adds a
// true positive to its class, a miss a false positive to the predicted class and a false
// negative to the actual one. Then the classes sorted by label, F1 = 2tp / (2tp + fp + fn)
// (never 0/0: a class in the report occurs somewhere, so the denominator is positive), summed
// in double. O(n) expected plus O(C log C).
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
    double sum = 0;
    for (const ClassCounts& c : e.classes) sum += 2.0 * static_cast<double>(c.tp) / static_cast<double>(2 * c.tp + c.fp + c.fn);
    e.macro_f1 = e.classes.empty() ? 0.0 : sum / static_cast<double>(e.classes.size());
    e.accuracy = actual.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(actual.size());
    return e;
}
