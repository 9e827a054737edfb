// Generator for minhash-near-duplicates.
//
//   gen --n N --seed S [--t T] [--lmin A] [--lmax B] [--cluster C] [--csize K] [--edit E]
//       [--trunc R] [--common P] [--pool W] [--universe U]
//
// Writes "N T", then N documents "L s_1 ... s_L" (distinct shingle ids in [1, U], shuffled).
// C per-mille of the documents belong to near-duplicate clusters of up to K documents: a
// cluster has a base set of A..B shingles, and each member drops every base shingle with
// probability E/1000 and adds about as many fresh ones; R per-mille of the members are instead
// a truncated copy (a random 50-95 % subset of the base: a subset, so its overlap coefficient is
// 1 while its Jaccard similarity is lower). The other documents are random. Every document slot
// takes, with probability P/1000, a shingle from a small pool of W "boilerplate" shingles shared
// by many documents. Documents are then numbered in random order.
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
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
static long long Uniform(long long lo, long long hi) { return lo + (long long)Below(hi - lo + 1); }
template <class T> static void Shuffle(vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) swap(v[i - 1], v[Below(i)]);
}

int main(int argc, char** argv) {
    long long n = 10, t = 80, lmin = 5, lmax = 20, cluster = 500, csize = 4, edit = 50, trunc = 100,
              common = 20, pool = 50, universe = 1000000000;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--t") t = stoll(val);
        else if (key == "--lmin") lmin = stoll(val);
        else if (key == "--lmax") lmax = stoll(val);
        else if (key == "--cluster") cluster = stoll(val);
        else if (key == "--csize") csize = stoll(val);
        else if (key == "--edit") edit = stoll(val);
        else if (key == "--trunc") trunc = stoll(val);
        else if (key == "--common") common = stoll(val);
        else if (key == "--pool") pool = stoll(val);
        else if (key == "--universe") universe = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    lmin = max(1LL, lmin);
    pool = max(1LL, pool);
    vector<long long> boiler(pool);
    for (auto& x : boiler) x = Uniform(1, universe);
    auto fresh = [&]() { return (long long)Below(1000) < common ? boiler[Below(pool)] : Uniform(1, universe); };
    vector<vector<long long>> docs;
    docs.reserve(n);
    while ((long long)docs.size() < n) {
        long long len = Uniform(lmin, lmax);
        vector<long long> base(len);
        for (auto& x : base) x = fresh();
        if ((long long)Below(1000) < cluster) {
            long long members = Uniform(2, max(2LL, csize));
            for (long long m = 0; m < members && (long long)docs.size() < n; ++m) {
                vector<long long> d;
                if (m > 0 && (long long)Below(1000) < trunc) {
                    d = base;
                    Shuffle(d);
                    d.resize(max(1LL, (long long)d.size() * Uniform(50, 95) / 100));
                } else {
                    for (long long x : base)
                        if (m == 0 || (long long)Below(1000) >= edit) d.push_back(x);
                    if (m > 0)
                        for (long long k = 0; k < len; ++k)
                            if ((long long)Below(1000) < edit) d.push_back(fresh());
                    // A short base can lose every shingle to the edits; a document has L >= 1.
                    if (d.empty()) d.push_back(base[0]);
                }
                docs.push_back(d);
            }
        } else {
            docs.push_back(base);
        }
    }
    Shuffle(docs);
    string out;
    out.reserve(1 << 24);
    out += to_string(n) + " " + to_string(t) + "\n";
    for (auto& d : docs) {
        sort(d.begin(), d.end());
        d.erase(unique(d.begin(), d.end()), d.end());
        Shuffle(d);
        out += to_string(d.size());
        for (long long x : d) out += ' ', out += to_string(x);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
