// Wrong answer: the cosine over the co-rated games only (both norms restricted to the games
// both users rated), a common variant. It is 1 for any user who agrees with the friend on a
// single shared game, so users with one game in common crowd out users with many. The
// statement's cosine uses each user's whole rating vector.
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
        unordered_map<int, long long> dot, nf_shared, nv_shared;
        unordered_set<int> mine;
        for (auto [g, rf] : by_user[f]) {
            mine.insert(g);
            for (auto [v, rv] : by_game[g])
                if (v != f) dot[v] += (long long)rf * rv, nf_shared[v] += (long long)rf * rf, nv_shared[v] += (long long)rv * rv;
        }
        vector<pair<int, long long>> cand(dot.begin(), dot.end());
        sort(cand.begin(), cand.end(), [&](const auto& a, const auto& b) {
            const __int128 lhs = (__int128)a.second * a.second * nf_shared[b.first] * nv_shared[b.first];
            const __int128 rhs = (__int128)b.second * b.second * nf_shared[a.first] * nv_shared[a.first];
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
