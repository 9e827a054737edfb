// Accepted (typical): full-batch gradient descent exactly as specified. Per step, first every
// prediction p_i = sigma(b + w . x_i) with the weights of the start of the step, then each
// gradient component g_j = (1/N) sum_i (p_i - y_i) x_ij as a loop over the rows, then the
// update. The data is a vector of rows, and the gradient loop walks it column by column
// (stride d), which costs cache misses but stays O(S N d).
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n, d, steps;
    double lr;
    if (scanf("%lld %lld %lld %lf", &n, &d, &steps, &lr) != 4) return 0;
    vector<vector<double>> x(n, vector<double>(d));
    vector<double> y(n);
    for (long long i = 0; i < n; ++i) {
        for (auto& v : x[i]) scanf("%lf", &v);
        scanf("%lf", &y[i]);
    }
    vector<double> w(d, 0.0), p(n), g(d);
    double b = 0;
    for (long long s = 0; s < steps; ++s) {
        for (long long i = 0; i < n; ++i) {
            double z = b;
            for (long long j = 0; j < d; ++j) z += w[j] * x[i][j];
            p[i] = 1 / (1 + exp(-z));
        }
        for (long long j = 0; j < d; ++j) {
            double sum = 0;
            for (long long i = 0; i < n; ++i) sum += (p[i] - y[i]) * x[i][j];
            g[j] = sum / n;
        }
        double gb = 0;
        for (long long i = 0; i < n; ++i) gb += p[i] - y[i];
        gb /= n;
        for (long long j = 0; j < d; ++j) w[j] -= lr * g[j];
        b -= lr * gb;
    }
    for (long long j = 0; j < d; ++j) printf("%.9f%c", w[j], j + 1 == d ? '\n' : ' ');
    printf("%.9f\n", b);
}
