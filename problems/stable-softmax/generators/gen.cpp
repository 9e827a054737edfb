// Generator for stable-softmax.
//
//   gen --rows R --d D --seed S [--mix M]
//
// Writes "R D" and then R rows of D logits, each printed with exactly 3 decimals in
// [-10000, 10000]. Every row picks a shape (M = bitmask of allowed shapes, default all 31):
//   1  offset uniform in [-9000, 9000] plus noise in [-8, 8]: many non-negligible probabilities
//   2  uniform over the whole range: one or two logits dominate
//   4  all within 30 of +10000: exp overflows without the max shift
//   8  all within 30 of -10000: exp underflows to 0 without the max shift
//   16 like 1, but the maximum value is repeated at several positions (tied argmax)
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the number of rows, R = N (at least 1),
// and D = min(D, N) logits per row. Without --n the output is exactly what it was before --n
// existed.
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

static long long Range(long long lo, long long hi) { return lo + (long long)Below(hi - lo + 1); }

int main(int argc, char** argv) {
    long long rows = 3, d = 4, mix = 31;
    long long n = -1;  // --n (see the top); -1 = not given
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--rows") rows = stoll(val);
        else if (key == "--n") n = stoll(val);
        else if (key == "--d") d = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--mix") mix = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) rows = max(1LL, n), d = min(d, rows);
    d = max(1LL, d);
    mix &= 31;
    if (!mix) mix = 31;
    vector<int> shapes;
    for (int b = 0; b < 5; ++b) if (mix >> b & 1) shapes.push_back(1 << b);
    rng.seed(seed);
    const long long kMax = 10000000;  // in thousandths
    string out;
    out.reserve((size_t)(rows * d * 11 + 64));
    out += to_string(rows) + ' ' + to_string(d) + '\n';
    vector<long long> v(d);
    char buf[32];
    for (long long r = 0; r < rows; ++r) {
        int shape = shapes[Below(shapes.size())];
        long long off = Range(-9000000, 9000000);
        for (auto& x : v) {
            if (shape == 1 || shape == 16) x = off + Range(-8000, 8000);
            else if (shape == 2) x = Range(-kMax, kMax);
            else if (shape == 4) x = kMax - Range(0, 30000);
            else x = -kMax + Range(0, 30000);
        }
        if (shape == 16) {
            long long m = *max_element(v.begin(), v.end());
            for (long long c = 1 + (long long)Below(4); c > 0; --c) v[Below(d)] = m;
        }
        for (long long j = 0; j < d; ++j) {
            long long x = v[j], a = x < 0 ? -x : x;
            int len = snprintf(buf, sizeof buf, "%s%lld.%03lld", x < 0 ? "-" : "", a / 1000, a % 1000);
            if (j) out += ' ';
            out.append(buf, len);
        }
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
