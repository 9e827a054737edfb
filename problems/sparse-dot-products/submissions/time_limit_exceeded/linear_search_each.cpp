// Time limit exceeded: for every entry of a, scan all of b for the same index (ignoring that
// both lists are sorted). Correct, but O(len(a) * len(b)) per query: two 20 000-entry vectors
// cost 4 * 10^8 comparisons instead of 4 * 10^4.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    long long dim;
    if (scanf("%d %lld", &m, &dim) != 2) return 0;
    vector<vector<pair<int, double>>> vecs(m);
    for (auto& v : vecs) {
        int l;
        scanf("%d", &l);
        v.resize(l);
        for (auto& [x, val] : v) scanf("%d %lf", &x, &val);
    }
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    for (int t = 0; t < q; ++t) {
        int a, b;
        scanf("%d %d", &a, &b);
        double dot = 0;
        for (const auto& [x, va] : vecs[a])
            for (const auto& [y, vb] : vecs[b])
                if (x == y) dot += va * vb;
        printf("%.6f\n", dot);
    }
}
