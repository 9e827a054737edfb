// Wrong answer: updates the weights in place while passing over the rows: after each row,
// w -= (lr / N) (p_i - y_i) x_i. Every later row of the same step then sees weights that have
// already moved, so this is N tiny stochastic-gradient steps, not one full-batch step. It is
// close to the batch result for a small learning rate, but not within 10^-6.
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
    vector<double> w(d, 0.0);
    double b = 0;
    const double scale = lr / n;
    for (long long s = 0; s < steps; ++s) {
        for (long long i = 0; i < n; ++i) {
            double z = b;
            for (long long j = 0; j < d; ++j) z += w[j] * x[i * d + j];
            double r = 1 / (1 + exp(-z)) - y[i];
            for (long long j = 0; j < d; ++j) w[j] -= scale * r * x[i * d + j];
            b -= scale * r;
        }
    }
    for (long long j = 0; j < d; ++j) printf("%.9f%c", w[j], j + 1 == d ? '\n' : ' ');
    printf("%.9f\n", b);
}
