// BLIND WA: assignment uses the expansion ||x||^2 - 2x.c + ||c||^2 in float; rounding breaks exact ties and near-ties
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<float> pts((size_t)n * d), cen((size_t)k * d);
    for (auto &x : pts) { int v; scanf("%d", &v); x = v; }
    for (auto &x : cen) { int v; scanf("%d", &v); x = v; }
    vector<float> cn(k, 0.0f);
    for (int c = 0; c < k; c++)
        for (int j = 0; j < d; j++) cn[c] += cen[(size_t)c * d + j] * cen[(size_t)c * d + j];
    vector<double> sum((size_t)k * d, 0.0);
    vector<int> sz(k, 0);
    for (int i = 0; i < n; i++) {
        const float *p = &pts[(size_t)i * d];
        float pn = 0;
        for (int j = 0; j < d; j++) pn += p[j] * p[j];
        float best = numeric_limits<float>::infinity();
        int bi = 0;
        for (int c = 0; c < k; c++) {
            const float *q = &cen[(size_t)c * d];
            float dot = 0;
            for (int j = 0; j < d; j++) dot += p[j] * q[j];
            float dist = pn - 2 * dot + cn[c];
            if (dist < best) best = dist, bi = c;
        }
        sz[bi]++;
        for (int j = 0; j < d; j++) sum[(size_t)bi * d + j] += p[j];
    }
    for (int c = 0; c < k; c++) {
        printf("%d", sz[c]);
        for (int j = 0; j < d; j++) {
            double v = sz[c] ? sum[(size_t)c * d + j] / sz[c] : (double)cen[(size_t)c * d + j];
            printf(" %.9f", v);
        }
        printf("\n");
    }
}
