// Generator for precision-recall-at-k.
//
//   gen --n N --seed S [--queries Q] [--k K] [--rel R] [--extra E] [--empty P] [--ids I]
//
// About N ranked items in all, over Q queries (default 1 + N / 20). Each query's list length
// is uniform in [0, 2N/Q]; k is K when K > 0, else uniform in [1, 2 * length + 1] (so about a
// third of the lists are shorter than k). Each ranked item is relevant with probability
// R per mille (default 300); E per mille (default 500) of the length is added again as
// relevant ids that are not in the list; P per mille of the queries (default 50) have no
// relevant items at all. Ids are distinct within a query, drawn from [-I, I] (default 10^9,
// at most 2^31 - 1). Only std::mt19937_64 is used, with the mapping to a range written here,
// so the output is identical across standard libraries. Small N gives small inputs
// (judge stress).
//
// Q is capped at max(1, N), so a small N with a big --queries is still small.
// Every [[generated]] case is below these caps, so its output is unchanged.
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
    long long n = 20, queries = 0, fixed_k = 0, rel = 300, extra = 500, empty = 50, ids = 1000000000;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--queries") queries = stoll(val);
        else if (key == "--k") fixed_k = stoll(val);
        else if (key == "--rel") rel = stoll(val);
        else if (key == "--extra") extra = stoll(val);
        else if (key == "--empty") empty = stoll(val);
        else if (key == "--ids") ids = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    n = max(0LL, n);
    if (queries <= 0) queries = 1 + n / 20;
    ids = max(1LL, min(ids, (long long)INT_MAX));
    queries = min(queries, max(1LL, n));
    rng.seed(seed);
    const long long max_len = max(0LL, 2 * n / queries);
    string out;
    out.reserve(size_t(n) * 24 + 64);
    out += to_string(queries) + "\n";
    unordered_set<long long> used;
    vector<long long> ranked, relevant;
    for (long long q = 0; q < queries; ++q) {
        const long long len = (long long)Below(uint64_t(max_len) + 1);
        const long long k = fixed_k > 0 ? fixed_k : 1 + (long long)Below(uint64_t(2 * len + 1));
        const uint64_t span = uint64_t(2 * ids + 1);
        const bool no_relevant = (long long)Below(1000) < empty;
        used.clear();
        ranked.clear();
        relevant.clear();
        auto fresh = [&] {
            for (;;) {
                long long id = (long long)Below(span) - ids;
                if (used.insert(id).second) return id;
            }
        };
        for (long long i = 0; i < len; ++i) {
            ranked.push_back(fresh());
            if (!no_relevant && (long long)Below(1000) < rel) relevant.push_back(ranked.back());
        }
        if (!no_relevant) {
            const long long more = len * extra / 1000;
            for (long long i = 0; i < more; ++i) relevant.push_back(fresh());
        }
        for (size_t i = relevant.size(); i > 1; --i) swap(relevant[i - 1], relevant[Below(i)]);
        out += to_string(k) + " " + to_string(ranked.size()) + " " + to_string(relevant.size()) + "\n";
        for (size_t i = 0; i < ranked.size(); ++i) out += (i ? " " : "") + to_string(ranked[i]);
        out += "\n";
        for (size_t i = 0; i < relevant.size(); ++i) out += (i ? " " : "") + to_string(relevant[i]);
        out += "\n";
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
