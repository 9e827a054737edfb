// Accepted (typical): std::cin, vectors of (game, rating) per user and (user, rating) per
// game, and per query an unordered_map from user to dot product filled through the games the
// friend rated (only users sharing a game can have a positive cosine). The candidates are
// sorted by an exact comparison of cosines: cos(f,u) > cos(f,v) iff
// dot_u^2 * |v|^2 > dot_v^2 * |u|^2 (the friend's norm cancels; all integers, < 10^16), ties
// by smaller id. The first K vote 2r - 11 in a map of game scores, skipping the friend's games.
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
        sort(cand.begin(), cand.end(), [&](const auto& a, const auto& b) {
            const long long lhs = a.second * a.second * norm2[b.first], rhs = b.second * b.second * norm2[a.first];
            return lhs != rhs ? lhs > rhs : a.first < b.first;
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
