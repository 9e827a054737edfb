// Wrong answer (classic 0/0): F1 as 2PR / (P + R) with P = tp / (tp + fp) and
// R = tp / (tp + fn). A class the model never predicts has tp + fp = 0, and a class with no hit
// has P = R = 0: both give 0/0 = NaN, which poisons the mean. scikit-learn warns and counts
// such an F1 as 0; 2tp / (2tp + fp + fn) is the same number without the trap.
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
    for (const ClassCounts& c : e.classes) {
        const double p = static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fp);
        const double r = static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fn);
        sum += 2 * p * r / (p + r);
    }
    e.macro_f1 = e.classes.empty() ? 0.0 : sum / static_cast<double>(e.classes.size());
    e.accuracy = actual.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(actual.size());
    return e;
}
