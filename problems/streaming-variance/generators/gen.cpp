// Generator for streaming-variance.
//
//   gen --n N --seed S --dist noise|clusters|constant|uniform
//       [--offset O] [--sigma M] [--lo L] [--hi H]
//
// Every value is generated as an integer number of micro-units (1e-6) and printed exactly with
// six decimals, so the true answer is defined by decimal input and can be computed exactly.
//   noise     O + approximately normal noise with standard deviation M micro-units
//             (Irwin-Hall: sum of 12 integer uniforms; integer arithmetic only)
//   clusters  half the values at O - M, half at O + M (micro-units), shuffled: variance M^2
//   constant  every value O + 0.123456
//   uniform   uniform over [L, H] whole units
// O, L and H are whole units (integers, may be negative); M is in micro-units.
// There is deliberately no slowly drifting mode (sorted timestamps): on such streams Welford's
// update in double loses ~1e-2 relative accuracy (the running mean stops moving once delta / n
// is below half an ulp of 1e9), and this problem's tolerance is meant to accept Welford.
// Only std::mt19937_64 is used; every mapping to a range is written here (no std::*_distribution),
// so the output is identical across standard libraries.
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

static long long Noise(long long sigma) {  // sum of 12 uniforms on [-a, a]: sd ~= 2a
    long long a = sigma / 2;
    if (a <= 0) return 0;
    long long s = 0;
    for (int i = 0; i < 12; ++i) s += (long long)Below(2 * (uint64_t)a + 1) - a;
    return s;
}

static void Append(string& out, long long micro) {
    char buf[32];
    int len = 0;
    unsigned long long u = micro < 0 ? 0ULL - (unsigned long long)micro : (unsigned long long)micro;
    unsigned long long whole = u / 1000000, frac = u % 1000000;
    if (micro < 0) buf[len++] = '-';
    auto r = to_chars(buf + len, buf + sizeof buf, whole);
    len = int(r.ptr - buf);
    buf[len++] = '.';
    for (int i = 5; i >= 0; --i) buf[len + i] = char('0' + frac % 10), frac /= 10;
    len += 6;
    buf[len++] = '\n';
    out.append(buf, len);
}

int main(int argc, char** argv) {
    long long n = 10, offset = 1000000000, sigma = 1000000, lo = -1000, hi = 1000;
    uint64_t seed = 1;
    string dist = "noise";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--dist") dist = val;
        else if (key == "--offset") offset = stoll(val);
        else if (key == "--sigma") sigma = stoll(val);
        else if (key == "--lo") lo = stoll(val);
        else if (key == "--hi") hi = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    const long long base = offset * 1000000;

    string out;
    out.reserve((size_t)n * 20 + 32);
    out += to_string(n) + "\n";
    if (dist == "noise") {
        for (long long i = 0; i < n; ++i) Append(out, base + Noise(sigma));
    } else if (dist == "clusters") {
        vector<long long> v(n);
        for (long long i = 0; i < n; ++i) v[i] = base + (i % 2 ? sigma : -sigma);
        for (long long i = n - 1; i > 0; --i) swap(v[i], v[Below(i + 1)]);
        for (long long x : v) Append(out, x);
    } else if (dist == "constant") {
        for (long long i = 0; i < n; ++i) Append(out, base + (offset < 0 ? -123456 : 123456));
    } else if (dist == "uniform") {
        uint64_t span = (uint64_t)((hi - lo) * 1000000) + 1;
        for (long long i = 0; i < n; ++i) Append(out, lo * 1000000 + (long long)Below(span));
    } else {
        fprintf(stderr, "gen: unknown --dist %s\n", dist.c_str());
        return 2;
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
