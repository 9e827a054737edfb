// Wrong answer: the report and the macro average cover only the labels that occur in
// `actual`. A label that only the model predicts (a class that is not in this batch's truth,
// or one the model invented) has F1 = 0 and must pull the macro average down; here it is
// silently dropped, and so are its false positives from the report.
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
    for (auto& [label, c] : by_label)
        if (c.tp + c.fn > 0) e.classes.push_back(c);
    std::sort(e.classes.begin(), e.classes.end(), [](const ClassCounts& a, const ClassCounts& b) { return a.label < b.label; });
    double sum = 0;
    for (const ClassCounts& c : e.classes) sum += 2.0 * static_cast<double>(c.tp) / static_cast<double>(2 * c.tp + c.fp + c.fn);
    e.macro_f1 = e.classes.empty() ? 0.0 : sum / static_cast<double>(e.classes.size());
    e.accuracy = actual.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(actual.size());
    return e;
}
