// Wrong answer (classic): games the friend has already rated are not skipped. The friend does
// not need to hear about the game they rated 9 last week, and such games crowd out the new
// ones: a game all neighbours rated highly is usually one the friend rated too.
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
                score[g] += 2 * rv - 11;
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
