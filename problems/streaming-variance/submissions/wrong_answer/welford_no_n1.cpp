// BLIND WA: Welford's update is right, but the sample variance M2/(N-1) is printed without the N = 1 rule, giving nan instead of 0
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    double mean = 0, m2 = 0;
    for (long long i = 1; i <= n; i++) {
        double x;
        scanf("%lf", &x);
        double delta = x - mean;
        mean += delta / i;
        m2 += delta * (x - mean);
    }
    printf("%.10f %.10f %.10f\n", mean, m2 / n, m2 / (n - 1));
}
