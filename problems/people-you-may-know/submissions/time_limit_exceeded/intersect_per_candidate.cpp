// Time limit exceeded (a per-candidate scan that a celebrity makes expensive): collects the
// candidates (friends of friends, minus u and u's friends), then counts each candidate's mutual
// friends by merging u's sorted friend list with the candidate's. That costs deg(u) + deg(w)
// per candidate w: nothing for ordinary users, but a celebrity with 400 000 friends is a
// candidate for almost every query, and every one of those queries walks its whole list.
// Correct answers; accepted while no test had such a celebrity.
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
        const vector<int>& mine = adj[u];
        vector<int> cand;
        for (int f : mine)
            for (int w : adj[f])
                if (w != u && !binary_search(mine.begin(), mine.end(), w)) cand.push_back(w);
        sort(cand.begin(), cand.end());
        cand.erase(unique(cand.begin(), cand.end()), cand.end());
        vector<pair<int, int>> v;  // (-mutual friends, id)
        for (int w : cand) {
            const vector<int>& theirs = adj[w];
            int mutual = 0;
            for (size_t i = 0, j = 0; i < mine.size() && j < theirs.size();) {
                if (mine[i] < theirs[j]) ++i;
                else if (theirs[j] < mine[i]) ++j;
                else ++mutual, ++i, ++j;
            }
            v.push_back({-mutual, w});
        }
        const size_t take = min<size_t>(k, v.size());
        partial_sort(v.begin(), v.begin() + take, v.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %d %d", v[i].second, -v[i].first);
        printf("\n");
    }
}
