// BLIND WA: skips intermediate friends with more than 5000 friends to keep the walk cheap, so their mutual-friend contributions are lost
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
    const size_t CELEB = 5000;
    int q, k;
    if (scanf("%d %d", &q, &k) != 2) return 0;
    vector<int> cnt(n, 0), mark(n, -1), found;
    for (int qi = 0; qi < q; qi++) {
        int u;
        scanf("%d", &u);
        mark[u] = qi;
        for (int f : adj[u]) mark[f] = qi;
        found.clear();
        for (int f : adj[u]) {
            if (adj[f].size() > CELEB) continue;  // celebrity: everyone knows them
            for (int w : adj[f]) {
                if (mark[w] == qi) continue;
                if (cnt[w]++ == 0) found.push_back(w);
            }
        }
        sort(found.begin(), found.end(), [&](int a, int b) {
            if (cnt[a] != cnt[b]) return cnt[a] > cnt[b];
            return a < b;
        });
        int mm = min<int>(k, found.size());
        printf("%d", mm);
        for (int i = 0; i < mm; i++) printf(" %d %d", found[i], cnt[found[i]]);
        printf("\n");
        for (int w : found) cnt[w] = 0;
    }
}
