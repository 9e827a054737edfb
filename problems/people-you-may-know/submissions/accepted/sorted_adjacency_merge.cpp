// Accepted: sorted, deduplicated adjacency lists. Per query u: concatenate the friend lists of
// u's friends into one buffer, sort it, and read the counts off as run lengths; a run is a
// candidate unless it is u or one of u's friends, found by a merge walk along u's sorted list
// (both are in increasing id order). O(S log S) per query for S friends-of-friends.
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
    vector<int> all;
    vector<pair<int, int>> cand;  // (-count, id)
    for (long long t = 0; t < q; ++t) {
        int u;
        scanf("%d", &u);
        const auto& mine = adj[u];
        all.clear();
        for (int f : mine) all.insert(all.end(), adj[f].begin(), adj[f].end());
        sort(all.begin(), all.end());
        cand.clear();
        size_t j = 0;  // position in mine
        for (size_t a = 0; a < all.size();) {
            size_t b = a;
            while (b < all.size() && all[b] == all[a]) ++b;
            const int w = all[a];
            while (j < mine.size() && mine[j] < w) ++j;
            if (w != u && !(j < mine.size() && mine[j] == w)) cand.push_back({-(int)(b - a), w});
            a = b;
        }
        const size_t take = min<size_t>(k, cand.size());
        partial_sort(cand.begin(), cand.begin() + take, cand.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %d %d", cand[i].second, -cand[i].first);
        printf("\n");
    }
}
