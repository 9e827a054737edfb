// BLIND WA: duplicate centroids are merged through a map that keeps the LAST index, so tied points go to the larger index instead of the smallest
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<int> pts((size_t)n * d);
    vector<vector<int>> cen(k, vector<int>(d));
    for (auto &x : pts) scanf("%d", &x);
    for (auto &c : cen) for (auto &x : c) scanf("%d", &x);
    // many centroids are duplicates: only compute distances to distinct ones
    map<vector<int>, int> uniq;
    for (int c = 0; c < k; c++) uniq[cen[c]] = c;
    vector<int> ids, flat;
    for (auto &[v, c] : uniq) ids.push_back(c);
    sort(ids.begin(), ids.end());
    for (int c : ids) flat.insert(flat.end(), cen[c].begin(), cen[c].end());
    int u = ids.size();
    vector<long long> sum((size_t)k * d, 0);
    vector<int> sz(k, 0);
    for (int i = 0; i < n; i++) {
        const int *p = &pts[(size_t)i * d];
        long long best = LLONG_MAX;
        int bi = 0;
        for (int c = 0; c < u; c++) {
            const int *q = &flat[(size_t)c * d];
            long long dist = 0;
            for (int j = 0; j < d; j++) {
                long long df = p[j] - q[j];
                dist += df * df;
            }
            if (dist < best) best = dist, bi = ids[c];
        }
        sz[bi]++;
        for (int j = 0; j < d; j++) sum[(size_t)bi * d + j] += p[j];
    }
    for (int c = 0; c < k; c++) {
        printf("%d", sz[c]);
        for (int j = 0; j < d; j++) {
            double v = sz[c] ? (double)sum[(size_t)c * d + j] / sz[c] : (double)cen[c][j];
            printf(" %.9f", v);
        }
        printf("\n");
    }
}
