// Generator for sliding-window-median.
//
//   gen --n N --k K --seed S [--dist uniform|few|extreme|ascending|zigzag|walk] [--max M]
//
// Writes "N K" and then the N values on one line. A K larger than N (judge stress passes small
// --n with the big cases' --k) is replaced by one drawn from 1..N. Distributions:
//   uniform    uniform in [-M, M] (M defaults to 10^9)
//   few        only 5 distinct values: long runs of duplicates inside every window
//   extreme    values within 1000 of INT_MIN or INT_MAX: the two middles of an even window
//              add up past 32 bits
//   ascending  non-decreasing: every new value enters above the median, every leaving one
//              below
//   zigzag     alternately near -M and near +M: the two halves swap members all the time
//   walk       a random walk: the median wanders across the whole range
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

int main(int argc, char** argv) {
    long long n = 10, k = 3, max_abs = 1000000000;
    uint64_t seed = 1;
    string dist = "uniform";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--max") max_abs = stoll(val);
        else if (key == "--dist") dist = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    n = max(1LL, n);
    k = max(1LL, k);
    max_abs = min(max_abs, 2147483647LL);
    rng.seed(seed);
    if (k > n) k = 1 + (long long)Below((uint64_t)n);  // judge stress: small --n, the big cases' --k
    auto uniform = [&] { return (long long)Below(2 * (uint64_t)max_abs + 1) - max_abs; };
    vector<long long> v(n);
    long long few[5];
    for (auto& f : few) f = uniform();
    long long walk = 0;
    for (long long i = 0; i < n; ++i) {
        if (dist == "few") v[i] = few[Below(5)];
        else if (dist == "extreme") v[i] = Below(2) ? 2147483647LL - (long long)Below(1000) : -2147483648LL + (long long)Below(1000);
        else if (dist == "zigzag") v[i] = (i % 2 ? max_abs - (long long)Below(1000) : -max_abs + (long long)Below(1000));
        else if (dist == "walk") {
            walk += (long long)Below(200001) - 100000;
            walk = max(-max_abs, min(max_abs, walk));
            v[i] = walk;
        } else v[i] = uniform();
    }
    if (dist == "ascending") {
        for (auto& x : v) x = uniform();
        sort(v.begin(), v.end());
    } else if (dist != "uniform" && dist != "few" && dist != "extreme" && dist != "zigzag" && dist != "walk") {
        fprintf(stderr, "gen: unknown --dist %s\n", dist.c_str());
        return 2;
    }
    string out = to_string(n) + " " + to_string(k) + "\n";
    out.reserve((size_t)n * 12 + 32);
    for (long long i = 0; i < n; ++i) {
        if (i) out += ' ';
        out += to_string(v[i]);
    }
    out += '\n';
    fwrite(out.data(), 1, out.size(), stdout);
}
