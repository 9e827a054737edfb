// Generator for weighted-random-pick.
//
//   gen --n N --seed S [--ops Q] [--picks P] [--updates U] [--maxw M] [--zeros Z] [--dist D]
//
// Writes "N seed", the N weights, Q and Q operations. An operation is an update "u i w" with
// probability U per mille, else a pick line "p c" with c uniform in [1, P]. Weights:
//   uniform  (default) uniform in [0, M], and a weight is 0 with probability Z per mille
//   heavy    like uniform, but item N/2 weighs 10^9 and the others at most M: most draws hit it
//   max      every weight 10^9 (W = 10^9 N, past 2^32 from N = 5)
//   exact-t  one "p P" line and no updates. The weights are built around the draws: W is
//            fixed first (min(9 * 10^14, N * 10^9 / 2)), the first P values of t are computed
//            from the seed, and each gets an item of weight 1 covering exactly [t, t + 1),
//            with items of at most 10^9 filling the gaps. Any other mapping of the draw
//            (x % W, a double u * W, a lower bound) is off by at least one somewhere and
//            returns a neighbouring item. N grows to what the gaps need (about W / 10^9 + 2P);
//            P is capped at 20N + 20 like the other modes.
// The total weight never reaches 0 before a pick: an update that would zero it writes 1
// instead. Judge stress passes small --n with the big cases' other arguments, so Q is capped
// at 4N + 4 and P at 20N + 20 (no [[generated]] case reaches those caps).
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

// See "exact-t" above.
static int ExactT(long long n, long long picks, uint64_t seed) {
    rng.seed(seed);
    const uint64_t picker_seed = rng();
    const uint64_t total = (uint64_t)min<long long>(900000000000000LL, max(2LL, n * 500000000LL));
    picks = max(1LL, min(picks, min(2000000LL, 20 * n + 20)));
    mt19937_64 draws(picker_seed);
    vector<uint64_t> t(picks);
    for (auto& x : t) x = (uint64_t)(((unsigned __int128)draws() * total) >> 64);
    sort(t.begin(), t.end());
    t.erase(unique(t.begin(), t.end()), t.end());
    vector<uint64_t> w;
    uint64_t covered = 0;
    auto fill = [&](uint64_t to) {
        while (covered < to) {
            const uint64_t chunk = min<uint64_t>(to - covered, 1000000000);
            w.push_back(chunk);
            covered += chunk;
        }
    };
    for (uint64_t x : t) {
        fill(x);
        w.push_back(1);
        ++covered;
    }
    fill(total);
    if (w.size() > 1000000) {
        fprintf(stderr, "gen: exact-t needs %zu items (more than 10^6); lower --n or --picks\n", w.size());
        return 2;
    }
    string out = to_string(w.size()) + " " + to_string(picker_seed) + "\n";
    out.reserve(w.size() * 11 + 64);
    for (size_t i = 0; i < w.size(); ++i) {
        if (i) out += ' ';
        out += to_string(w[i]);
    }
    out += "\n1\np " + to_string(picks) + "\n";
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int main(int argc, char** argv) {
    long long n = 10, ops = 4, picks = 10, updates = 0, maxw = 1000000000, zeros = 0;
    uint64_t seed = 1;
    string dist = "uniform";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--ops") ops = stoll(val);
        else if (key == "--picks") picks = stoll(val);
        else if (key == "--updates") updates = stoll(val);
        else if (key == "--maxw") maxw = stoll(val);
        else if (key == "--zeros") zeros = stoll(val);
        else if (key == "--dist") dist = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (dist == "exact-t") return ExactT(n, picks, seed);
    if (dist != "uniform" && dist != "heavy" && dist != "max") {
        fprintf(stderr, "gen: unknown --dist %s\n", dist.c_str());
        return 2;
    }
    n = max(1LL, n);
    ops = max(1LL, min(ops, 4 * n + 4));
    picks = max(1LL, min(picks, 20 * n + 20));
    maxw = max(0LL, min(maxw, 1000000000LL));
    rng.seed(seed);
    auto weight = [&]() -> long long {
        if (dist == "max") return 1000000000;
        if ((long long)Below(1000) < zeros) return 0;
        return (long long)Below((uint64_t)maxw + 1);
    };
    vector<long long> w(n);
    long long total = 0;
    for (auto& x : w) total += (x = weight());
    if (dist == "heavy") total += 1000000000 - w[n / 2], w[n / 2] = 1000000000;
    if (total == 0) total = w[Below(n)] = 1;

    string out;
    out.reserve((size_t)n * 11 + (size_t)ops * 16 + 64);
    out += to_string(n) + " " + to_string(rng()) + "\n";
    for (long long i = 0; i < n; ++i) {
        if (i) out += ' ';
        out += to_string(w[i]);
    }
    out += "\n" + to_string(ops) + "\n";
    for (long long q = 0; q < ops; ++q) {
        if ((long long)Below(1000) < updates) {
            const long long i = (long long)Below(n);
            long long x = weight();
            if (total - w[i] + x == 0) x = 1;
            total += x - w[i];
            w[i] = x;
            out += "u " + to_string(i) + " " + to_string(x) + "\n";
        } else {
            out += "p " + to_string(1 + Below(picks)) + "\n";
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
