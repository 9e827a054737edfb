// BLIND WA: cluster sums and means accumulated in float; large clusters lose precision beyond 1e-6
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<int> pts((size_t)n * d), cen((size_t)k * d);
    for (auto &x : pts) scanf("%d", &x);
    for (auto &x : cen) scanf("%d", &x);
    vector<float> sum((size_t)k * d, 0.0f);
    vector<int> sz(k, 0);
    for (int i = 0; i < n; i++) {
        const int *p = &pts[(size_t)i * d];
        long long best = LLONG_MAX;
        int bi = 0;
        for (int c = 0; c < k; c++) {
            const int *q = &cen[(size_t)c * d];
            long long dist = 0;
            for (int j = 0; j < d; j++) {
                long long df = p[j] - q[j];
                dist += df * df;
            }
            if (dist < best) best = dist, bi = c;
        }
        sz[bi]++;
        for (int j = 0; j < d; j++) sum[(size_t)bi * d + j] += p[j];
    }
    for (int c = 0; c < k; c++) {
        printf("%d", sz[c]);
        for (int j = 0; j < d; j++) {
            float v = sz[c] ? sum[(size_t)c * d + j] / sz[c] : (float)cen[(size_t)c * d + j];
            printf(" %.9f", v);
        }
        printf("\n");
    }
}
