// Accepted (typical): adjacency as vector<vector<int>> (sorted and deduplicated, since an edge
// may be listed twice), scanf. Per query u: count friends-of-friends in an unordered_map,
// skipping u and u's friends (binary search in u's sorted list), then sort the candidates by
// (count desc, id asc) and print the first k.
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
        const auto& mine = adj[u];
        unordered_map<int, int> cnt;
        for (int f : mine)
            for (int w : adj[f])
                if (w != u && !binary_search(mine.begin(), mine.end(), w)) ++cnt[w];
        vector<pair<int, int>> v;  // (-count, id)
        v.reserve(cnt.size());
        for (auto& [w, c] : cnt) v.push_back({-c, w});
        const size_t take = min<size_t>(k, v.size());
        partial_sort(v.begin(), v.begin() + take, v.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %d %d", v[i].second, -v[i].first);
        printf("\n");
    }
}
