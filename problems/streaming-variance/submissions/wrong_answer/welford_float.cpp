// BLIND WA: Welford's algorithm with float state; a float has ~7 digits, so values near 1.7e9 lose all of their sub-second noise
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    float mean = 0, m2 = 0;
    for (long long i = 1; i <= n; i++) {
        float x;
        scanf("%f", &x);
        float delta = x - mean;
        mean += delta / i;
        m2 += delta * (x - mean);
    }
    printf("%.10f %.10f %.10f\n", mean, m2 / n, n > 1 ? m2 / (n - 1) : 0.0f);
}
