// Generator for churn-labelling.
//
//   gen --n U --seed S [--days D] [--cutoff C] [--lookback L] [--window W] [--shards K]
//       [--dup P] [--activity A]
//
// Writes "U C L W B" and B blocks "day m" + m delta-encoded user ids, for days 0 .. D-1 in
// order, each day split into K shards (a user goes to a random shard; with probability P per
// mille it is also written to a second shard of the same day: a duplicate row). Every user
// has a first and a last active day (a few join late, about a third stop at some point, some
// of them right around the cut-off), and on each day in between is active with its own
// probability, uniform between 0 and A / 1000 (engaged users and occasional ones). Defaults:
// D = 100, C = 70, L = 56, W = 28, K = 3, P = 20, A = 700.
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
    long long users = 10, days = 100, cutoff = 70, lookback = 56, window = 28, shards = 3, dup = 20, activity = 700;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") users = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--days") days = stoll(val);
        else if (key == "--cutoff") cutoff = stoll(val);
        else if (key == "--lookback") lookback = stoll(val);
        else if (key == "--window") window = stoll(val);
        else if (key == "--shards") shards = stoll(val);
        else if (key == "--dup") dup = stoll(val);
        else if (key == "--activity") activity = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    users = max(1LL, users);
    days = max(1LL, days);
    shards = max(1LL, shards);
    lookback = max(2LL, lookback / 2 * 2);
    rng.seed(seed);

    // Per user: first day, last day, activity probability in 1/2^20.
    vector<int> first(users), last(users);
    vector<uint32_t> p(users);
    for (long long u = 0; u < users; ++u) {
        first[u] = Below(5) == 0 ? (int)Below(days) : 0;
        const uint64_t r = Below(10);
        if (r < 2) last[u] = first[u] + (int)Below(days);                            // stops some time
        else if (r < 4) last[u] = (int)cutoff - 3 + (int)Below(7);                   // stops near the cut-off
        else last[u] = (int)days;                                                    // stays
        p[u] = (uint32_t)((uint64_t)activity * Below(1001) * 1048576 / 1000000);
    }

    vector<vector<uint32_t>> shard(shards);
    long long blocks = 0;
    string body;
    body.reserve((size_t)users * days / 2 + 1024);
    for (long long d = 0; d < days; ++d) {
        for (auto& s : shard) s.clear();
        for (long long u = 0; u < users; ++u) {
            if (d < first[u] || d > last[u] || (rng() >> 44) >= p[u]) continue;
            const uint64_t s = Below(shards);
            shard[s].push_back((uint32_t)u);
            if (shards > 1 && (long long)Below(1000) < dup) shard[(s + 1 + Below(shards - 1)) % shards].push_back((uint32_t)u);
        }
        for (auto& s : shard) {
            sort(s.begin(), s.end());
            body += to_string(d) + " " + to_string(s.size()) + "\n";
            for (size_t i = 0; i < s.size(); ++i) {
                if (i) body += ' ';
                body += to_string(i ? s[i] - s[i - 1] : s[i]);
            }
            body += '\n';
            ++blocks;
        }
    }
    const string head = to_string(users) + " " + to_string(cutoff) + " " + to_string(lookback) + " " + to_string(window) +
                        " " + to_string(blocks) + "\n";
    fwrite(head.data(), 1, head.size(), stdout);
    fwrite(body.data(), 1, body.size(), stdout);
}
