// Time limit exceeded: the pairwise-difference identity
//   Var = 1 / (2 n^2) * sum_i sum_j (x_i - x_j)^2 = 1 / n^2 * sum_{i<j} (x_i - x_j)^2.
// It is numerically sound (differences first, no squared offsets), so answers are right, but it
// stores the whole stream and does n^2 / 2 work: ~2 * 10^12 pairs on the big case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    vector<double> xs(n);
    double sum = 0;
    for (long long i = 0; i < n; ++i) {
        if (scanf("%lf", &xs[i]) != 1) return 0;
        sum += xs[i];
    }
    double pairs = 0;
    for (long long i = 0; i < n; ++i) {
        double row = 0;
        for (long long j = i + 1; j < n; ++j) {
            double d = xs[i] - xs[j];
            row += d * d;
        }
        pairs += row;
    }
    double dn = double(n);
    double population = pairs / (dn * dn);
    double sample = n > 1 ? pairs / (dn * (dn - 1)) : 0.0;
    printf("%.10f %.10f %.10f\n", sum / dn, population, sample);
}
