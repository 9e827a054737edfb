// Wrong answer (classic, float ties): the cosine as a double, dot / (sqrt(|f|^2) * sqrt(|v|^2)),
// neighbours sorted by it and then by id. Two users with exactly the same cosine (one rates
// every game three times as high as the other: the same direction) should be ordered by id,
// but sqrt(9x) and 3 * sqrt(x) round differently, so the doubles differ in the last bit and
// the larger id can win the last neighbour slot. The hidden tests have such users at the cut.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int users, games;
    long long r, queries;
    size_t k, m;
    cin >> users >> games >> r >> queries >> k >> m;
    vector<vector<pair<int, int>>> by_user(users), by_game(games);
    vector<long long> norm2(users, 0);
    for (long long i = 0; i < r; ++i) {
        int u, g, x;
        cin >> u >> g >> x;
        by_user[u].push_back({g, x});
        by_game[g].push_back({u, x});
        norm2[u] += (long long)x * x;
    }
    for (long long q = 0; q < queries; ++q) {
        int f;
        cin >> f;
        unordered_map<int, long long> dot;
        unordered_set<int> mine;
        for (auto [g, rf] : by_user[f]) {
            mine.insert(g);
            for (auto [v, rv] : by_game[g])
                if (v != f) dot[v] += (long long)rf * rv;
        }
        vector<pair<int, long long>> cand(dot.begin(), dot.end());
        auto cosine = [&](const pair<int, long long>& c) {
            return (double)c.second / (sqrt((double)norm2[f]) * sqrt((double)norm2[c.first]));
        };
        sort(cand.begin(), cand.end(), [&](const auto& a, const auto& b) {
            const double ca = cosine(a), cb = cosine(b);
            return ca != cb ? ca > cb : a.first < b.first;
        });
        if (cand.size() > k) cand.resize(k);
        map<int, int> score;
        for (auto& [v, d] : cand)
            for (auto [g, rv] : by_user[v])
                if (!mine.count(g)) score[g] += 2 * rv - 11;
        vector<pair<int, int>> best;  // (-score, game)
        for (auto [g, s] : score)
            if (s > 0) best.push_back({-s, g});
        sort(best.begin(), best.end());
        if (best.size() > m) best.resize(m);
        cout << best.size();
        for (auto [s, g] : best) cout << ' ' << g;
        cout << '\n';
    }
}
