// Accepted (best): an open-addressing hash table (linear probing, power-of-two size at least
// twice the number of labels the batch can hold) from label to a slot in three flat count
// arrays: one multiply-shift hash and usually one cache line per label, no node allocation.
// Then the C classes are sorted by label and their F1 scores summed in double in that order.
// O(n) expected plus O(C log C); the table is sized by the batch, so small batches stay cheap.
#include "solution.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

Evaluation Evaluate(const std::vector<int>& actual, const std::vector<int>& predicted) {
    const size_t n = actual.size();
    int bits = 1;
    while ((size_t{1} << bits) < 4 * n + 2) ++bits;
    const size_t mask = (size_t{1} << bits) - 1;
    std::vector<int> key(mask + 1);
    std::vector<int> slot_of(mask + 1, -1);
    std::vector<ClassCounts> counts;
    auto slot = [&](int label) -> ClassCounts& {
        size_t h = static_cast<size_t>((static_cast<uint64_t>(static_cast<uint32_t>(label)) * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
        while (slot_of[h] >= 0 && key[h] != label) h = (h + 1) & mask;
        if (slot_of[h] < 0) {
            key[h] = label;
            slot_of[h] = static_cast<int>(counts.size());
            counts.push_back({label, 0, 0, 0});
        }
        return counts[static_cast<size_t>(slot_of[h])];
    };
    long long hits = 0;
    for (size_t i = 0; i < n; ++i) {
        if (actual[i] == predicted[i]) {
            ++slot(actual[i]).tp;
            ++hits;
        } else {
            ++slot(actual[i]).fn;
            ++slot(predicted[i]).fp;
        }
    }
    std::sort(counts.begin(), counts.end(), [](const ClassCounts& a, const ClassCounts& b) { return a.label < b.label; });
    Evaluation e;
    double sum = 0;
    for (const ClassCounts& c : counts) sum += 2.0 * static_cast<double>(c.tp) / static_cast<double>(2 * c.tp + c.fp + c.fn);
    e.macro_f1 = counts.empty() ? 0.0 : sum / static_cast<double>(counts.size());
    e.accuracy = n ? static_cast<double>(hits) / static_cast<double>(n) : 0.0;
    e.classes = std::move(counts);
    return e;
}
