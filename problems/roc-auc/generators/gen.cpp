// Generator for roc-auc.
//
//   gen --n N --seed S [--pos P] [--digits D] [--sep X] [--spike K]
//
// Writes N and then N lines "score label". P per-mille of the rows are positives (at least one
// row of each class is forced). A score is drawn as an integer v in [0, 10^D] and printed as
// v / 10^D with exactly D decimals, so small D gives many tied scores across both classes.
// Negatives draw v from a triangle peaked at 0.5 - X/2000, positives from one peaked at
// 0.5 + X/2000 (X in 0..1000: separation). K per-mille of the rows instead get one of 5 "spike"
// scores (0, 0.5, 1 and two random ones) to create huge tie groups, as a model with saturated
// or quantised outputs does.
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
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

int main(int argc, char** argv) {
    long long n = 10, pos = 300, digits = 3, sep = 300, spike = 0;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--pos") pos = stoll(val);
        else if (key == "--digits") digits = stoll(val);
        else if (key == "--sep") sep = stoll(val);
        else if (key == "--spike") spike = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    n = max(2LL, n);
    digits = max(0LL, min(6LL, digits));
    rng.seed(seed);
    uint64_t scale = 1;
    for (int i = 0; i < digits; ++i) scale *= 10;
    uint64_t spikes[5] = {0, scale / 2, scale, Below(scale + 1), Below(scale + 1)};
    // Triangle on [0, scale] with its peak at `peak` (in units of 1/scale): the sum of two
    // uniforms, shifted and clamped.
    auto draw = [&](long long peak) {
        long long a = (long long)Below(scale + 1), b = (long long)Below(scale + 1);
        long long v = (a + b) / 2 + peak - (long long)(scale / 2);
        return (uint64_t)min<long long>(max<long long>(v, 0), (long long)scale);
    };
    long long lo = (long long)(scale / 2) - (long long)(scale * sep / 2000);
    long long hi = (long long)(scale / 2) + (long long)(scale * sep / 2000);
    string out;
    out.reserve((size_t)n * (digits + 6) + 32);
    char buf[32];
    out += to_string(n) + '\n';
    for (long long i = 0; i < n; ++i) {
        int label = (long long)Below(1000) < pos;
        if (i == 0) label = 1;
        if (i == 1) label = 0;
        uint64_t v = (long long)Below(1000) < spike ? spikes[Below(5)] : draw(label ? hi : lo);
        int len;
        if (digits == 0) len = snprintf(buf, sizeof buf, "%llu %d\n", (unsigned long long)v, label);
        else len = snprintf(buf, sizeof buf, "%llu.%0*llu %d\n", (unsigned long long)(v / scale),
                            (int)digits, (unsigned long long)(v % scale), label);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
