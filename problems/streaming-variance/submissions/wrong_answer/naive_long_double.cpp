// Wrong answer: "fix" the naive formula with more precision. E[x^2] - E[x]^2 in 80-bit long
// double (64-bit mantissa) still loses: near 1e18 its rounding step is 1/8, and the sum of
// N squares near N * 1e18 is rounded far more coarsely, while the answer needs about 1e-6. The
// errors are smaller than in double but still far outside the tolerance on the hidden cases
// with values near 1e9. Fast; passes the samples.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    long double sum = 0, sumsq = 0;
    double x;
    for (long long i = 0; i < n; ++i) {
        if (scanf("%lf", &x) != 1) break;
        sum += x;
        sumsq += (long double)x * x;
    }
    long double mean = sum / n;
    long double population = sumsq / n - mean * mean;  // BUG: still cancels, just later
    long double sample = n > 1 ? population * n / (n - 1) : 0.0L;
    printf("%.10Lf %.10Lf %.10Lf\n", mean, population, sample);
}
