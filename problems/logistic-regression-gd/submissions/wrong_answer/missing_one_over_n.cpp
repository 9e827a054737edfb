// Wrong answer: the gradient is the sum over the rows, not the mean: g_j = sum_i (p_i - y_i)
// x_ij without the 1/N. That is the gradient of N times the loss, so the effective learning
// rate is N * lr and the weights are far from the specified ones (it is right only for N = 1).
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
    vector<double> w(d, 0.0), g(d);
    double b = 0;
    for (long long s = 0; s < steps; ++s) {
        fill(g.begin(), g.end(), 0.0);
        double gb = 0;
        for (long long i = 0; i < n; ++i) {
            double z = b;
            for (long long j = 0; j < d; ++j) z += w[j] * x[i * d + j];
            double r = 1 / (1 + exp(-z)) - y[i];
            for (long long j = 0; j < d; ++j) g[j] += r * x[i * d + j];
            gb += r;
        }
        for (long long j = 0; j < d; ++j) w[j] -= lr * g[j];
        b -= lr * gb;
    }
    for (long long j = 0; j < d; ++j) printf("%.9f%c", w[j], j + 1 == d ? '\n' : ' ');
    printf("%.9f\n", b);
}
