// Generator for confusion-matrix-macro-f1.
//
//   gen --n N --seed S [--batches B] [--classes C] [--labels small|wide] [--accuracy A]
//       [--skew X] [--unseen U] [--empty E]
//
// Writes B and then B batches ("n", the n actual labels, the n predicted labels; an empty
// batch has two empty lines). Batch sizes are random and add up to N; with probability E per
// mille a batch is empty. Each batch draws from C class labels, random ints in [0, 10^6)
// (small) or anywhere in the int range, negative and extreme values included (wide); class r
// has weight 1 / (r + 1)^X (imbalance; X = 1 by default). A prediction is right with
// probability A per mille, else another class; with probability U per mille it is a label
// that never occurs as an actual class (the model's "new" classes), which macro averaging
// must include. Small --n (judge stress) gives a small input.
// Only std::mt19937_64 is used and every mapping to a range is written here (no
// std::*_distribution), so the output is identical across standard libraries.
#include <bits/stdc++.h>
using namespace std;

static mt19937_64 rng;

static uint64_t Below(uint64_t n) {  // uniform in [0, n), Lemire's multiply-shift, unbiased
    uint64_t x = rng();
    unsigned __int128 m = (unsigned __int128)x * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t t = -n % n;
        while (low < t) {
            x = rng();
            m = (unsigned __int128)x * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}
static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }

int main(int argc, char** argv) {
    long long n = 10, batches = 1, classes = 5, accuracy = 700, unseen = 20, empty = 0;
    double skew = 1.0;
    string labels = "small";
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--batches") batches = stoll(val);
        else if (key == "--classes") classes = stoll(val);
        else if (key == "--labels") labels = val;
        else if (key == "--accuracy") accuracy = stoll(val);
        else if (key == "--skew") skew = stod(val);
        else if (key == "--unseen") unseen = stoll(val);
        else if (key == "--empty") empty = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (labels != "small" && labels != "wide") {
        fprintf(stderr, "gen: unknown --labels %s\n", labels.c_str());
        return 2;
    }
    n = max(0LL, n);
    batches = max(1LL, min(batches, max(1LL, n)));
    classes = max(1LL, classes);
    rng.seed(seed);
    auto label = [&]() -> long long {
        if (labels == "small") return (long long)Below(1000000);
        const uint64_t r = Below(10);
        if (r == 0) return Below(2) ? 2147483647LL - (long long)Below(3) : -2147483648LL + (long long)Below(3);
        return (long long)Below(4294967296ULL) - 2147483648LL;
    };
    vector<long long> cuts;
    for (long long b = 0; b + 1 < batches; ++b) cuts.push_back((long long)Below((uint64_t)n + 1));
    sort(cuts.begin(), cuts.end());
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(n);

    string out = to_string(batches) + "\n";
    out.reserve((size_t)n * 16 + (size_t)batches * 16 + 64);
    vector<long long> actual, predicted;
    for (long long b = 0; b < batches; ++b) {
        long long size = cuts[b + 1] - cuts[b];
        if ((long long)Below(1000) < empty) size = 0;
        const long long c = max(1LL, min(classes, size));
        set<long long> distinct;
        while ((long long)distinct.size() < c) distinct.insert(label());
        vector<long long> cls(distinct.begin(), distinct.end());
        for (long long i = c - 1; i > 0; --i) swap(cls[i], cls[Below(i + 1)]);
        vector<double> cdf(c);
        double acc = 0;
        for (long long r = 0; r < c; ++r) cdf[r] = (acc += pow(double(r + 1), -skew));
        auto draw = [&] {
            long long r = upper_bound(cdf.begin(), cdf.end(), Unit() * acc) - cdf.begin();
            return cls[min(r, c - 1)];
        };
        actual.assign(size, 0);
        predicted.assign(size, 0);
        for (long long i = 0; i < size; ++i) {
            actual[i] = draw();
            if ((long long)Below(1000) < unseen) {
                long long x;
                do x = label(); while (distinct.count(x));
                predicted[i] = x;
            } else if ((long long)Below(1000) < accuracy) {
                predicted[i] = actual[i];
            } else {
                predicted[i] = c > 1 ? draw() : actual[i];
            }
        }
        out += to_string(size) + "\n";
        for (long long i = 0; i < size; ++i) {
            if (i) out += ' ';
            out += to_string(actual[i]);
        }
        out += '\n';
        for (long long i = 0; i < size; ++i) {
            if (i) out += ' ';
            out += to_string(predicted[i]);
        }
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
