// Time limit exceeded: for every query u, for every other user v who is not a friend, compute
// |N(u) ∩ N(v)| with a sorted merge, then sort all candidates. Correct, but O(N * deg(u) + M)
// per query: a million users per query, almost all of whom share nobody with u.
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
        const auto& a = adj[u];
        vector<pair<int, int>> cand;
        for (int v = 0; v < n; ++v) {
            if (v == u || binary_search(a.begin(), a.end(), v)) continue;
            const auto& b = adj[v];
            int common = 0;
            size_t i = 0, j = 0;
            while (i < a.size() && j < b.size()) {
                if (a[i] < b[j]) ++i;
                else if (a[i] > b[j]) ++j;
                else ++common, ++i, ++j;
            }
            if (common > 0) cand.push_back({-common, v});
        }
        sort(cand.begin(), cand.end());
        const size_t take = min<size_t>(k, cand.size());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %d %d", cand[i].second, -cand[i].first);
        printf("\n");
    }
}
