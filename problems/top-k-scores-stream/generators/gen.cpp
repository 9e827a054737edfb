// Generator for top-k-scores-stream.
//
//   gen --n N --seed S [--k K] [--range R] [--order random|ascending|descending]
//
// Writes "N K" and then N records "id score". Ids are distinct: id_i = (A * i + B) mod 2^30 with
// a random odd A (an odd multiplier is a bijection modulo a power of two), so they are scattered
// over [0, 2^30) and never repeat for N <= 2^30. Scores are uniform in [-R, R] (default
// R = 10^9; a small R makes many ties, also at the top-k cut-off).
//   random      records in generation order
//   ascending   records sorted by increasing score: every record enters the current top k
//               (worst case for heap pushes and for insertion into a sorted array)
//   descending  sorted by decreasing score: the first k records are the answer
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
    long long n = 100, k = 10, range = 1000000000;
    uint64_t seed = 1;
    string order = "random";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--range") range = stoll(val);
        else if (key == "--order") order = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    const uint64_t mask = (1ULL << 30) - 1;
    const uint64_t a = rng() | 1, b = rng();
    vector<pair<long long, uint64_t>> rec(n);  // (score, id)
    for (long long i = 0; i < n; ++i) {
        rec[i].second = (a * (uint64_t)i + b) & mask;
        rec[i].first = (long long)Below(2 * range + 1) - range;
    }
    if (order == "ascending")
        sort(rec.begin(), rec.end(), [](auto& x, auto& y) { return x.first < y.first; });
    else if (order == "descending")
        sort(rec.begin(), rec.end(), [](auto& x, auto& y) { return x.first > y.first; });

    string out;
    out.reserve(n * 22 + 64);
    out += to_string(n) + ' ' + to_string(k) + '\n';
    char buf[64];
    for (auto& [score, id] : rec) {
        char* e = to_chars(buf, buf + 24, id).ptr;
        *e++ = ' ';
        e = to_chars(e, e + 24, score).ptr;
        *e++ = '\n';
        out.append(buf, e);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
