// Time limit exceeded: the formula, literally. A helper cosine(a, b) takes both vectors by
// value and computes the dot product and both norms from scratch, so every (query, item) pair
// copies two vectors (two heap allocations) and does three passes over d, a sqrt and a division.
// All N scores are collected and fully sorted per query, then the first k are printed.
// Correct, but ~3x the arithmetic of precomputed norms plus the copies, and O(N log N) per
// query instead of O(N log k).
#include <bits/stdc++.h>
using namespace std;

static double cosine(vector<double> a, vector<double> b) {
    double dot = 0, na = 0, nb = 0;
    for (size_t j = 0; j < a.size(); ++j) dot += a[j] * b[j];
    for (size_t j = 0; j < a.size(); ++j) na += a[j] * a[j];
    for (size_t j = 0; j < b.size(); ++j) nb += b[j] * b[j];
    return na > 0 && nb > 0 ? dot / (sqrt(na) * sqrt(nb)) : 0.0;
}

int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<vector<double>> items(n, vector<double>(d));
    for (auto& row : items)
        for (auto& x : row) scanf("%lf", &x);
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    const int take = min(k, n);
    vector<double> query(d);
    for (int t = 0; t < q; ++t) {
        for (auto& x : query) scanf("%lf", &x);
        vector<pair<double, int>> scored;
        for (int i = 0; i < n; ++i) scored.push_back({-cosine(items[i], query), i});
        sort(scored.begin(), scored.end());
        for (int r = 0; r < take; ++r) printf(r + 1 < take ? "%d " : "%d", scored[r].second);
        printf("\n");
    }
}
