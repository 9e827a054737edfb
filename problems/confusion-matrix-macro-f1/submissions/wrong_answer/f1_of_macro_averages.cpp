// Wrong answer (classic): "macro F1" computed as the F1 of the macro-averaged precision and
// recall, 2 P R / (P + R) with P and R the means of the per-class precisions and recalls. It
// is a different number (Opitz and Burst, 2019): with one good class and one bad it is higher
// than the mean of the two F1 scores. The statement asks for the mean of the per-class F1.
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
    double p_sum = 0, r_sum = 0;
    for (const ClassCounts& c : e.classes) {
        if (c.tp + c.fp) p_sum += static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fp);
        if (c.tp + c.fn) r_sum += static_cast<double>(c.tp) / static_cast<double>(c.tp + c.fn);
    }
    const double k = static_cast<double>(e.classes.size());
    const double p = e.classes.empty() ? 0 : p_sum / k, r = e.classes.empty() ? 0 : r_sum / k;
    e.macro_f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    e.accuracy = actual.empty() ? 0.0 : static_cast<double>(hits) / static_cast<double>(actual.size());
    return e;
}
