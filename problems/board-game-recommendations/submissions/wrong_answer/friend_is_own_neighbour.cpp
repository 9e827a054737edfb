// Wrong answer (classic): the friend is not excluded from their own neighbourhood. Their
// cosine with themselves is 1, the highest possible, so they always take one of the K slots
// (and then vote for nothing, since every game they rated is skipped): the recommendations
// come from K - 1 real neighbours.
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
                dot[v] += (long long)rf * rv;
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
