// BLIND WA: "fixes" the naive formula with long double and Kahan-compensated sums of x and x^2; the cancellation in E[x^2]-E[x]^2 remains
#include <bits/stdc++.h>
using namespace std;
struct Kahan {
    long double s = 0, c = 0;
    void add(long double x) { long double y = x - c; long double t = s + y; c = (t - s) - y; s = t; }
};
int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    Kahan s, s2;
    for (long long i = 0; i < n; i++) {
        long double x;
        scanf("%Lf", &x);
        s.add(x);
        s2.add(x * x);
    }
    long double mean = s.s / n;
    long double m2 = s2.s - n * mean * mean;
    if (m2 < 0) m2 = 0;   // guard against the negative variance we saw in production
    long double pop = m2 / n;
    long double samp = n > 1 ? m2 / (n - 1) : 0.0L;
    printf("%.10Lf %.10Lf %.10Lf\n", mean, pop, samp);
}
