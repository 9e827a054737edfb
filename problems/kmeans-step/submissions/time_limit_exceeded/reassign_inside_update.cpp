// Time limit exceeded: the update step written "for each centroid, collect its points", where
// membership is recomputed on the spot: for each centroid j and each point i, find i's nearest
// centroid again (O(k d)) and add i if it is j. Every point is re-assigned k times, so the
// iteration costs O(N k^2 d) instead of O(N k d): 50 times the work for k = 50.
#include <bits/stdc++.h>
using namespace std;

int n, d, k;
vector<vector<double>> pts, cen;

int nearest(const vector<double>& p) {
    int best = 0;
    double best_dist = 1e300;
    for (int j = 0; j < k; ++j) {
        double dist = 0;
        for (int t = 0; t < d; ++t) dist += (p[t] - cen[j][t]) * (p[t] - cen[j][t]);
        if (dist < best_dist) best_dist = dist, best = j;
    }
    return best;
}

int main() {
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    pts.assign(n, vector<double>(d));
    cen.assign(k, vector<double>(d));
    for (auto& p : pts)
        for (auto& v : p) scanf("%lf", &v);
    for (auto& c : cen)
        for (auto& v : c) scanf("%lf", &v);
    for (int j = 0; j < k; ++j) {
        vector<double> sum(d, 0.0);
        long long size = 0;
        for (int i = 0; i < n; ++i)
            if (nearest(pts[i]) == j) {
                ++size;
                for (int t = 0; t < d; ++t) sum[t] += pts[i][t];
            }
        printf("%lld", size);
        for (int t = 0; t < d; ++t) printf(" %.9f", size ? sum[t] / size : cen[j][t]);
        printf("\n");
    }
}
