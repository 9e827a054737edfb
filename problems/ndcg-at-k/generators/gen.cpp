// Generator for ndcg-at-k.
//
//   gen --q Q --k K --seed S [--minlen A] [--maxlen B] [--maxrel M] [--zero Z] [--quality X]
//
// Writes "Q K" and then Q lines "n r_1 ... r_n": one ranked list per query, n uniform in
// [A, B]. A relevance is the minimum of two uniform draws from 0..M (so low grades are common);
// Z per-mille of the queries have only zeros (IDCG = 0). The list is ranked by a noisy model:
// item i gets the key rel_i * X + noise in [0, 1000) and the list is sorted by key, highest
// first (X = 0: random order; X >= 1000: perfect order, up to ties).
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the number of queries, Q = N. The lists
// are then at most N long (A = min(A, N), B = min(B, N)) and K = min(K, max(1, N / 2)), so a
// list is often longer than K. Without --n the output is exactly what it was before --n
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

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long q = 3, k = 5, minlen = 1, maxlen = 10, maxrel = 4, zero = 20, quality = 300;
    long long n = -1;  // --n (see the top); -1 = not given
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--q") q = stoll(val);
        else if (key == "--n") n = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--minlen") minlen = stoll(val);
        else if (key == "--maxlen") maxlen = stoll(val);
        else if (key == "--maxrel") maxrel = stoll(val);
        else if (key == "--zero") zero = stoll(val);
        else if (key == "--quality") quality = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) {
        q = max(1LL, n);
        minlen = min(minlen, q), maxlen = min(maxlen, q);
        k = min(k, max(1LL, q / 2));
    }
    maxlen = max(minlen, maxlen);
    rng.seed(seed);
    string out;
    out.reserve((size_t)(q * (maxlen + minlen + 2) * 2 + 64));
    Num(out, q), out += ' ', Num(out, k), out += '\n';
    vector<pair<uint64_t, uint32_t>> items;  // (key, rel)
    for (long long i = 0; i < q; ++i) {
        long long n = minlen + (long long)Below(maxlen - minlen + 1);
        bool all_zero = (long long)Below(1000) < zero;
        items.clear();
        for (long long j = 0; j < n; ++j) {
            uint32_t rel = all_zero ? 0 : (uint32_t)min(Below(maxrel + 1), Below(maxrel + 1));
            items.emplace_back(rel * quality + Below(1000), rel);
        }
        stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        Num(out, n);
        for (const auto& it : items) out += ' ', Num(out, it.second);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
