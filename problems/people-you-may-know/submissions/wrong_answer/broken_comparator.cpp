// BLIND WA: ranking comparator written as cnt[a] > cnt[b] || a < b, which is not a strict weak ordering, so the top k comes out wrong
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    for (auto &a : adj) {
        sort(a.begin(), a.end());
        a.erase(unique(a.begin(), a.end()), a.end());
    }
    int q, k;
    if (scanf("%d %d", &q, &k) != 2) return 0;
    vector<int> cnt(n, 0), mark(n, -1), found;
    for (int qi = 0; qi < q; qi++) {
        int u;
        scanf("%d", &u);
        mark[u] = qi;
        for (int f : adj[u]) mark[f] = qi;
        found.clear();
        for (int f : adj[u])
            for (int w : adj[f]) {
                if (mark[w] == qi) continue;
                if (cnt[w]++ == 0) found.push_back(w);
            }
        int mm = min<int>(k, found.size());
        partial_sort(found.begin(), found.begin() + mm, found.end(),
                     [&](int a, int b) { return cnt[a] > cnt[b] || a < b; });
        printf("%d", mm);
        for (int i = 0; i < mm; i++) printf(" %d %d", found[i], cnt[found[i]]);
        printf("\n");
        for (int w : found) cnt[w] = 0;
    }
}
