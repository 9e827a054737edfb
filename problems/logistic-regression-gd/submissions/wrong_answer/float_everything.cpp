// BLIND WA: features, weights and gradient accumulators in float; over many steps and large N the error exceeds 1e-6
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d, s;
    float eta;
    if (scanf("%d %d %d %f", &n, &d, &s, &eta) != 4) return 0;
    vector<float> X((size_t)n * d), y(n);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) scanf("%f", &X[(size_t)i * d + j]);
        scanf("%f", &y[i]);
    }
    vector<float> w(d, 0.0f), g(d);
    float b = 0.0f;
    for (int step = 0; step < s; step++) {
        fill(g.begin(), g.end(), 0.0f);
        float gb = 0.0f;
        for (int i = 0; i < n; i++) {
            const float *x = &X[(size_t)i * d];
            float z = b;
            for (int j = 0; j < d; j++) z += w[j] * x[j];
            float r = 1.0f / (1.0f + expf(-z)) - y[i];
            for (int j = 0; j < d; j++) g[j] += r * x[j];
            gb += r;
        }
        for (int j = 0; j < d; j++) w[j] -= eta * g[j] / n;
        b -= eta * gb / n;
    }
    for (int j = 0; j < d; j++) printf(j ? " %.9f" : "%.9f", w[j]);
    printf("\n%.9f\n", b);
}
