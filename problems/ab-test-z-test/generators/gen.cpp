// Generator for ab-test-z-test.
//
//   gen --n T --seed S [--visitors V] [--degenerate P]
//
// Writes T and then T experiments "conv_a vis_a conv_b vis_b". Every experiment draws:
//   - visitor counts: with probability 1/4 both arms equal, otherwise each uniform in [1, V]
//     (default V = 10^8), and with probability 1/8 each arm tiny (1..20 visitors);
//   - a base conversion rate: log-uniform-ish, one of 1e-4 .. 0.5 (rate = 2^-u, u in [1, 13]);
//   - a relative lift for B in [-20%, +20%] (with probability 1/4 exactly 0);
//   - conversions = floor(n * rate) plus noise of about sqrt(n * rate), clamped to [0, n].
// With probability P per mille (default 30) the experiment is degenerate instead: no
// conversions in either arm, or every visitor converted in both (pooled SE = 0).
// Only std::mt19937_64 is used; every mapping to a range is written here (no
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
static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }  // [0, 1)

static long long Conversions(long long n, double rate) {
    double mean = n * rate, sd = sqrt(mean + 1);
    long long c = (long long)floor(mean + (2 * Unit() - 1) * 2 * sd);
    return min(n, max(0LL, c));
}

int main(int argc, char** argv) {
    long long t = 100, visitors = 100000000, degenerate = 30;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") t = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--visitors") visitors = stoll(val);
        else if (key == "--degenerate") degenerate = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    string out;
    out.reserve(t * 40 + 32);
    out += to_string(t) + '\n';
    for (long long i = 0; i < t; ++i) {
        long long na, nb, ca, cb;
        if (Below(8) == 0) na = 1 + Below(20), nb = 1 + Below(20);
        else if (Below(4) == 0) na = nb = 1 + Below(visitors);
        else na = 1 + Below(visitors), nb = 1 + Below(visitors);
        if ((long long)Below(1000) < degenerate) {
            if (Below(2)) ca = cb = 0;
            else ca = na, cb = nb;
        } else {
            double rate = ldexp(1.0, -(int)(1 + Below(13)));
            double lift = Below(4) == 0 ? 0 : (Unit() * 0.4 - 0.2);
            ca = Conversions(na, rate);
            cb = Conversions(nb, min(1.0, rate * (1 + lift)));
        }
        out += to_string(ca) + ' ' + to_string(na) + ' ' + to_string(cb) + ' ' + to_string(nb) + '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
