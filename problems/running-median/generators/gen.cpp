// Generator for running-median.
//
//   gen --n N --seed S [--max M] [--dist uniform|few|ascending|descending|zigzag|drift]
//
// Writes N and then N integers in [-M, M], one per line.
//   uniform     uniform in [-M, M]
//   few         only 7 distinct values (many ties at the median)
//   ascending   sorted ascending (every new value goes to the upper half)
//   descending  sorted descending
//   zigzag      alternately near -M and near +M (the halves swap sides constantly)
//   drift       a random walk: the median moves a lot over the stream
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
    long long n = 10, max_abs = 1000000000;
    uint64_t seed = 1;
    string dist = "uniform";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--max") max_abs = stoll(val);
        else if (key == "--dist") dist = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    auto uniform = [&] { return (long long)Below(2 * max_abs + 1) - max_abs; };
    vector<long long> v(n);
    long long walk = 0;
    long long few[7];
    for (auto& f : few) f = uniform();
    for (long long i = 0; i < n; ++i) {
        if (dist == "few") v[i] = few[Below(7)];
        else if (dist == "zigzag") v[i] = (i % 2 ? max_abs : -max_abs) + (i % 2 ? -1 : 1) * (long long)Below(1000);
        else if (dist == "drift") {
            walk += (long long)Below(2001) - 1000;
            walk = max(-max_abs, min(max_abs, walk));
            v[i] = max(-max_abs, min(max_abs, walk + (long long)Below(20001) - 10000));
        } else v[i] = uniform();
    }
    if (dist == "ascending") sort(v.begin(), v.end());
    if (dist == "descending") sort(v.rbegin(), v.rend());
    string out;
    out.reserve(v.size() * 12 + 32);
    out += to_string(n) + '\n';
    char buf[24];
    for (long long x : v) {
        auto r = to_chars(buf, buf + sizeof buf, x);
        out.append(buf, r.ptr);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
