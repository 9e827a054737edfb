// Generator for distinct-count.
//
//   gen --n N --distinct D --seed S [--ids random|sequential|shifted] [--skew K]
//
// Writes N and then N ids, one per line, with exactly D distinct values (D <= N; D = 0 only
// when N = 0).
//   random      D distinct uniformly random 64-bit ids
//   sequential  ids B, B+1, ..., B+D-1 for a random base B < 2^40 (bad for an identity hash)
//   shifted     ids i << 32 for random distinct i < 2^32 (low 32 bits all zero)
// Every id appears once; the other N - D positions repeat ids, uniformly (K = 0) or skewed
// toward a few ids (K > 0: min of K + 1 uniform draws). The order is a uniform shuffle.
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

int main(int argc, char** argv) {
    long long n = 10, d = 5, skew = 0;
    uint64_t seed = 1;
    string ids = "random";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--distinct") d = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--ids") ids = val;
        else if (key == "--skew") skew = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    d = min(d, n);
    if (n > 0) d = max(d, 1LL);
    rng.seed(seed);
    vector<uint64_t> pool(d);
    if (ids == "sequential") {
        uint64_t base = Below(1ULL << 40);
        for (long long i = 0; i < d; ++i) pool[i] = base + i;
    } else {
        // distinct by construction: an odd multiplier is a bijection mod 2^64 (mod 2^32 for shifted)
        uint64_t a = rng() | 1, b = rng();
        for (long long i = 0; i < d; ++i) {
            uint64_t x = a * (uint64_t)i + b;
            pool[i] = ids == "shifted" ? (x & 0xFFFFFFFFULL) << 32 : x;
        }
        for (long long i = d - 1; i > 0; --i) swap(pool[i], pool[Below(i + 1)]);
    }
    vector<uint64_t> all(pool);
    all.reserve(n);
    for (long long i = d; i < n; ++i) {
        uint64_t r = Below(d);
        for (long long s = 0; s < skew; ++s) r = min(r, Below(d));
        all.push_back(pool[r]);
    }
    for (long long i = (long long)all.size() - 1; i > 0; --i) swap(all[i], all[Below(i + 1)]);
    string out;
    out.reserve(all.size() * 21 + 32);
    out += to_string(n) + '\n';
    char buf[24];
    for (uint64_t id : all) {
        auto r = to_chars(buf, buf + sizeof buf, id);
        out.append(buf, r.ptr);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
