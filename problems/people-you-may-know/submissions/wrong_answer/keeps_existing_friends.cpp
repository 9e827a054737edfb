// Wrong answer: counts friends-of-friends and skips u itself, but does not exclude u's current
// friends. In a real friend circle two of u's friends are friends with each other, so they
// have mutual friends with u and top the list: we would suggest people u already knows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long m;
    if (scanf("%d %lld", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n);
    for (long long i = 0; i < m; ++i) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    for (auto& a : adj) {
        sort(a.begin(), a.end());
        a.erase(unique(a.begin(), a.end()), a.end());
    }
    long long q, k;
    if (scanf("%lld %lld", &q, &k) != 2) return 0;
    for (long long t = 0; t < q; ++t) {
        int u;
        scanf("%d", &u);
        unordered_map<int, int> cnt;
        for (int f : adj[u])
            for (int w : adj[f])
                if (w != u) ++cnt[w];  // BUG: w may already be u's friend
        vector<pair<int, int>> v;
        for (auto& [w, c] : cnt) v.push_back({-c, w});
        const size_t take = min<size_t>(k, v.size());
        partial_sort(v.begin(), v.begin() + take, v.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %d %d", v[i].second, -v[i].first);
        printf("\n");
    }
}
