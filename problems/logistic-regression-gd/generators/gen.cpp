// Generator for logistic-regression-gd.
//
//   gen --n N --seed S [--d D] [--steps T] [--lr LR] [--noise P] [--scale X] [--offset O]
//       [--separable 1]
//
// Writes "N D T LR" and then N rows of D features and a label. Features are uniform in
// [-1, 1] with exactly 3 decimals. A hidden model (weights uniform in [-2, 2] with 2 decimals,
// bias in [-1, 1]) gives each row the probability sigma(w . x + b); the label is 1 with that
// probability (P per mille of the labels, default 0, are then flipped). LR is copied as text.
// X (default 1) widens the features to [-X, X] and O shifts them to [O - X, O + X] (clamped to
// [-10, 10]): features far from 0 make every gradient sum large and one-signed, which is
// where a float accumulator loses digits. --separable 1 gives the label of the hidden model's
// sign (y = 1 when w . x + b > 0) instead of a coin flip: the data is then separable, the
// weights grow without bound and z reaches hundreds or thousands (sigma must not give NaN
// there, and a clipped p leaves a bias in every step). With the defaults the output is
// exactly what it was before these options existed.
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
static long long Between(long long lo, long long hi) { return lo + (long long)Below(hi - lo + 1); }

int main(int argc, char** argv) {
    long long n = 100, d = 5, steps = 50, noise = 0, scale = 1, offset = 0, separable = 0;
    uint64_t seed = 1;
    string lr = "0.5";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--d") d = stoll(val);
        else if (key == "--steps") steps = stoll(val);
        else if (key == "--lr") lr = val;
        else if (key == "--noise") noise = stoll(val);
        else if (key == "--scale") scale = stoll(val);
        else if (key == "--offset") offset = stoll(val);
        else if (key == "--separable") separable = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    vector<long long> w(d);  // hundredths
    for (auto& v : w) v = Between(-200, 200);
    const long long b = Between(-100, 100);
    string out;
    out.reserve(n * (d * 7 + 3) + 64);
    out += to_string(n) + ' ' + to_string(d) + ' ' + to_string(steps) + ' ' + lr + '\n';
    vector<long long> x(d);  // thousandths
    char buf[32];
    for (long long i = 0; i < n; ++i) {
        long long dot = b * 1000;  // in 1e-5
        for (long long j = 0; j < d; ++j) {
            x[j] = max(-10000LL, min(10000LL, offset * 1000 + Between(-1000 * scale, 1000 * scale)));
            dot += w[j] * x[j];
        }
        double p = 1 / (1 + exp(-(double)dot * 1e-5));
        int y = Unit() < p;
        if (separable) y = dot > 0;
        if ((long long)Below(1000) < noise) y ^= 1;
        for (long long j = 0; j < d; ++j) {
            long long v = x[j], a = v < 0 ? -v : v;
            int len = snprintf(buf, sizeof buf, "%s%lld.%03lld ", v < 0 ? "-" : "", a / 1000, a % 1000);
            out.append(buf, len);
        }
        out += (char)('0' + y);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
