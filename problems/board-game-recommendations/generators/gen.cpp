// Generator for board-game-recommendations.
//
//   gen --n U --seed S [--games G] [--avg A] [--queries Q] [--k K] [--m M] [--clones C]
//       [--skew X]
//
// Writes "U G R Q K M", the R ratings "user game rating" in random order and the Q friends, one
// per line. Users rate 1 + about A games on average (a geometric count, capped at 1000), drawn
// by popularity: game rank r has weight 1 / (r + 10)^X (X = 0.9 by default; ranks are
// shuffled over the ids). A rating is the user's bias plus the game's quality plus noise,
// clamped to 1..10. C per mille of users are clones of an earlier user: the same games with
// every rating multiplied by 2 or 3 (when all of the original's ratings allow it) or equal.
// A clone's cosine similarity to anyone equals its original's exactly, so neighbours tie;
// dot / sqrt(...) in floating point often breaks those ties by rounding instead of by id.
// Friends are random users; with small U some have no ratings at all.
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
static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }

int main(int argc, char** argv) {
    long long users = 10, games = 0, avg = 10, queries = 0, k = 20, m = 10, clones = 100;
    double skew = 0.9;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") users = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--games") games = stoll(val);
        else if (key == "--avg") avg = stoll(val);
        else if (key == "--queries") queries = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--m") m = stoll(val);
        else if (key == "--clones") clones = stoll(val);
        else if (key == "--skew") skew = stod(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    users = max(1LL, users);
    if (games <= 0) games = max(1LL, users / 10);
    games = min(games, 100000LL);
    if (queries <= 0) queries = max(1LL, users / 10);
    queries = min(queries, min(20000LL, 10 * users + 10));  // judge stress: small --n, small input
    k = max(1LL, min(k, 100LL));
    m = max(1LL, min(m, 100LL));
    rng.seed(seed);

    vector<long long> rank_of(games);
    iota(rank_of.begin(), rank_of.end(), 0);
    for (long long i = games - 1; i > 0; --i) swap(rank_of[i], rank_of[Below(i + 1)]);
    vector<long long> game_at_rank(games);
    for (long long g = 0; g < games; ++g) game_at_rank[rank_of[g]] = g;
    vector<double> cdf(games);
    double acc = 0;
    for (long long r = 0; r < games; ++r) cdf[r] = (acc += pow(double(r + 10), -skew));
    vector<int> quality(games);
    for (auto& q : quality) q = (int)Below(5) - 2;

    vector<vector<pair<int, int>>> rated(users);  // (game, rating)
    const long long cap = min(1000LL, games);
    for (long long u = 0; u < users; ++u) {
        if (u > 0 && (long long)Below(1000) < clones) {
            const auto& orig = rated[Below(u)];
            int top = 0;
            for (auto& [g, r] : orig) top = max(top, r);
            const int factor = top <= 3 ? 3 : top <= 5 ? 2 : 1;
            for (auto [g, r] : orig) rated[u].push_back({g, r * factor});
            continue;
        }
        long long count = 0;
        if (users <= 10 && Below(4) == 0) count = 0;  // a friend with no ratings yet
        else {
            count = 1;
            while (count < cap && (long long)Below((uint64_t)avg + 1) != 0) ++count;
        }
        const int bias = (int)Below(5) - 2;
        set<long long> chosen;
        while ((long long)chosen.size() < count) {
            long long r = upper_bound(cdf.begin(), cdf.end(), Unit() * acc) - cdf.begin();
            if (r >= games) r = games - 1;
            chosen.insert(game_at_rank[r]);
        }
        for (long long g : chosen) {
            const int r = 5 + bias + quality[g] + (int)Below(5) - 2 + (Below(3) == 0 ? 1 : 0);
            rated[u].push_back({(int)g, max(1, min(10, r))});
        }
    }
    vector<array<int, 3>> rows;
    for (long long u = 0; u < users; ++u)
        for (auto [g, r] : rated[u]) rows.push_back({(int)u, g, r});
    for (long long i = (long long)rows.size() - 1; i > 0; --i) swap(rows[i], rows[Below(i + 1)]);

    string out = to_string(users) + " " + to_string(games) + " " + to_string(rows.size()) + " " + to_string(queries) +
                 " " + to_string(k) + " " + to_string(m) + "\n";
    out.reserve(rows.size() * 16 + (size_t)queries * 8 + 64);
    for (auto& row : rows) {
        out += to_string(row[0]);
        out += ' ';
        out += to_string(row[1]);
        out += ' ';
        out += to_string(row[2]);
        out += '\n';
    }
    for (long long q = 0; q < queries; ++q) out += to_string(Below(users)) + "\n";
    fwrite(out.data(), 1, out.size(), stdout);
}
