// Generator for approximate-quantiles.
//
//   gen --n N --seed S [--dist lognormal|bimodal|narrow|uniform|pareto] [--order random|asc|desc]
//
// Writes N and then N latencies (integers in [0, 10^9], microseconds), one per line.
//   lognormal  median ~ 2 000, sigma 1 (the usual service latency shape)
//   bimodal    90 % cache hits around 150, 10 % misses around 40 000
//   narrow     every value in [1000, 1010]: a value histogram sees one bucket, ranks matter
//   uniform    uniform in [0, 10^9]
//   pareto     heavy tail: 50 / u^1.5 capped at 10^9, with 1 % zeros (timeouts logged as 0)
// Only std::mt19937_64 is used as the source of randomness; uniforms and the normal
// (Box-Muller) are written here, no std::*_distribution.
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
static double Unit() { return ((rng() >> 11) + 0.5) * 0x1.0p-53; }  // in (0, 1)
static double Normal() { return sqrt(-2 * log(Unit())) * cos(2 * M_PI * Unit()); }
static uint32_t Clamp(double v) { return (uint32_t)min(1e9, max(0.0, floor(v))); }

int main(int argc, char** argv) {
    long long n = 10;
    uint64_t seed = 1;
    string dist = "lognormal", order = "random";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--dist") dist = val;
        else if (key == "--order") order = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    vector<uint32_t> v(n);
    for (auto& x : v) {
        if (dist == "lognormal") x = Clamp(2000 * exp(Normal()));
        else if (dist == "bimodal") x = Below(10) ? Clamp(150 * exp(0.3 * Normal())) : Clamp(40000 * exp(0.5 * Normal()));
        else if (dist == "narrow") x = 1000 + (uint32_t)Below(11);
        else if (dist == "uniform") x = (uint32_t)Below(1000000001);
        else x = Below(100) == 0 ? 0 : Clamp(50 / pow(Unit(), 1.5));
    }
    if (order == "asc") sort(v.begin(), v.end());
    if (order == "desc") sort(v.rbegin(), v.rend());
    string out;
    out.reserve(v.size() * 11 + 32);
    out += to_string(n) + '\n';
    char buf[16];
    for (uint32_t x : v) {
        auto r = to_chars(buf, buf + sizeof buf, x);
        out.append(buf, r.ptr);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
