// Time limit exceeded: computes each gradient component on its own, recomputing every
// prediction inside it: for each j, g_j = (1/N) sum_i (sigma(b + w . x_i) - y_i) x_ij with the
// dot product redone per (j, i). The result is right (the weights are updated only after all
// components), but it is O(S N d^2) dot-product work instead of O(S N d): d = 100 times too
// much on the wide big case, plus S N d exp calls instead of S N.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, d, steps;
    double lr;
    if (scanf("%lld %lld %lld %lf", &n, &d, &steps, &lr) != 4) return 0;
    vector<double> x(n * d), y(n);
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < d; ++j) scanf("%lf", &x[i * d + j]);
        scanf("%lf", &y[i]);
    }
    auto predict = [&](const vector<double>& w, double b, long long i) {
        double z = b;
        for (long long j = 0; j < d; ++j) z += w[j] * x[i * d + j];
        return 1 / (1 + exp(-z));
    };
    vector<double> w(d, 0.0), g(d);
    double b = 0;
    for (long long s = 0; s < steps; ++s) {
        for (long long j = 0; j < d; ++j) {
            double sum = 0;
            for (long long i = 0; i < n; ++i) sum += (predict(w, b, i) - y[i]) * x[i * d + j];
            g[j] = sum / n;
        }
        double gb = 0;
        for (long long i = 0; i < n; ++i) gb += predict(w, b, i) - y[i];
        for (long long j = 0; j < d; ++j) w[j] -= lr * g[j];
        b -= lr * gb / n;
    }
    for (long long j = 0; j < d; ++j) printf("%.9f%c", w[j], j + 1 == d ? '\n' : ' ');
    printf("%.9f\n", b);
}
