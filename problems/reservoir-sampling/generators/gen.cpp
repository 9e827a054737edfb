// Generator for reservoir-sampling.
//
//   gen --n N --k K --seed S [--rseed R] [--maxval V] [--perline L]
//
// Writes "R K N" and then N items, L per line (default 1). R is the seed of the sampler's
// generator as printed in the input; it defaults to a 64-bit value drawn from the generator
// (so it is usually above 2^63 half the time). Items are uniform in [0, V]; with V small there
// are many duplicates, which does not matter to the sampler.
// Only std::mt19937_64 is used here; every mapping from its output to a range is written
// here, so the output is identical across standard libraries.
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

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long n = 10, k = 3, perline = 1;
    uint64_t seed = 1, maxval = 1000000000000000000ULL, rseed = 0;
    bool have_rseed = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--rseed") rseed = stoull(val), have_rseed = true;
        else if (key == "--maxval") maxval = stoull(val);
        else if (key == "--perline") perline = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    perline = max(1LL, perline);
    rng.seed(seed);
    if (!have_rseed) rseed = rng();
    string out;
    out.reserve((size_t)n * 20 + 64);
    Num(out, rseed), out += ' ', Num(out, k), out += ' ', Num(out, n), out += '\n';
    for (long long i = 0; i < n; ++i) {
        Num(out, maxval == UINT64_MAX ? rng() : Below(maxval + 1));
        out += (i + 1) % perline == 0 || i + 1 == n ? '\n' : ' ';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
