// BLIND WA: habit from log-loss code: p clipped to [1e-7, 1-1e-7]; once |z| > 16 the gradient is biased and the weights drift
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d, s;
    double eta;
    if (scanf("%d %d %d %lf", &n, &d, &s, &eta) != 4) return 0;
    vector<double> X((size_t)n * d), y(n);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) scanf("%lf", &X[(size_t)i * d + j]);
        scanf("%lf", &y[i]);
    }
    const double EPS = 1e-7;
    vector<double> w(d, 0.0), g(d);
    double b = 0.0;
    for (int step = 0; step < s; step++) {
        fill(g.begin(), g.end(), 0.0);
        double gb = 0.0;
        for (int i = 0; i < n; i++) {
            const double *x = &X[(size_t)i * d];
            double z = b;
            for (int j = 0; j < d; j++) z += w[j] * x[j];
            double p = 1.0 / (1.0 + exp(-z));
            p = min(max(p, EPS), 1.0 - EPS);  // avoid log(0)
            double r = p - y[i];
            for (int j = 0; j < d; j++) g[j] += r * x[j];
            gb += r;
        }
        for (int j = 0; j < d; j++) w[j] -= eta * g[j] / n;
        b -= eta * gb / n;
    }
    for (int j = 0; j < d; j++) printf(j ? " %.9f" : "%.9f", w[j]);
    printf("\n%.9f\n", b);
}
