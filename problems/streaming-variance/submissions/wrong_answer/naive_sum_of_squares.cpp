// Wrong answer: the textbook one-pass formula Var = E[x^2] - E[x]^2 in double. The mean is
// fine. With values near 1e9, x^2 is near 1e18 and a double's rounding step there is 128;
// E[x^2] and E[x]^2 agree in their first ~18 digits, so the difference is rounding noise (often
// negative, or off by hundreds) where the true variance is about 1. Fast; passes the samples,
// whose values are small.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    double sum = 0, sumsq = 0, x;
    for (long long i = 0; i < n; ++i) {
        if (scanf("%lf", &x) != 1) break;
        sum += x;
        sumsq += x * x;
    }
    double mean = sum / double(n);
    double population = sumsq / double(n) - mean * mean;  // BUG: catastrophic cancellation
    double sample = n > 1 ? population * double(n) / double(n - 1) : 0.0;
    printf("%.10f %.10f %.10f\n", mean, population, sample);
}
