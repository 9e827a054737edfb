// Time limit exceeded: for every friend, the cosine with EVERY user: the friend's ratings go
// into a dense array by game, then every rating of every user is looked up in it. Exact (the
// same integer comparison of cosines), but O(R) per query: 2 * 10^4 queries over 2 * 10^6
// ratings are 4 * 10^10 steps, although most users share no game with the friend.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int users, games;
    long long r, queries;
    size_t k, m;
    cin >> users >> games >> r >> queries >> k >> m;
    vector<vector<pair<int, int>>> by_user(users);
    vector<long long> norm2(users, 0);
    for (long long i = 0; i < r; ++i) {
        int u, g, x;
        cin >> u >> g >> x;
        by_user[u].push_back({g, x});
        norm2[u] += (long long)x * x;
    }
    vector<int> mine(games, 0);
    vector<long long> score(games, 0);
    for (long long q = 0; q < queries; ++q) {
        int f;
        cin >> f;
        for (auto [g, x] : by_user[f]) mine[g] = x;
        vector<pair<long long, int>> cand;  // (dot, user)
        for (int v = 0; v < users; ++v) {
            if (v == f) continue;
            long long d = 0;
            for (auto [g, x] : by_user[v]) d += (long long)mine[g] * x;
            if (d > 0) cand.push_back({d, v});
        }
        sort(cand.begin(), cand.end(), [&](const auto& a, const auto& b) {
            const long long lhs = a.first * a.first * norm2[b.second], rhs = b.first * b.first * norm2[a.second];
            return lhs != rhs ? lhs > rhs : a.second < b.second;
        });
        if (cand.size() > k) cand.resize(k);
        vector<int> voted;
        for (auto& [d, v] : cand)
            for (auto [g, x] : by_user[v])
                if (!mine[g]) {
                    if (score[g] == 0) voted.push_back(g);
                    score[g] += 2 * x - 11;
                }
        sort(voted.begin(), voted.end());
        voted.erase(unique(voted.begin(), voted.end()), voted.end());
        vector<pair<long long, int>> best;
        for (int g : voted)
            if (score[g] > 0) best.push_back({-score[g], g});
        sort(best.begin(), best.end());
        if (best.size() > m) best.resize(m);
        cout << best.size();
        for (auto [s, g] : best) cout << ' ' << g;
        cout << '\n';
        for (int g : voted) score[g] = 0;
        for (auto [g, x] : by_user[f]) mine[g] = 0;
    }
}
