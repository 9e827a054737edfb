// Accepted (typical): Welford's online algorithm. One pass, O(1) memory; the update works on
// x - mean, so the huge common offset never gets squared and nothing cancels.
//   delta = x - mean;  mean += delta / n;  m2 += delta * (x - mean)
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (scanf("%lld", &n) != 1) return 0;
    double mean = 0, m2 = 0, x;
    for (long long i = 1; i <= n; ++i) {
        if (scanf("%lf", &x) != 1) break;
        double delta = x - mean;
        mean += delta / double(i);
        m2 += delta * (x - mean);
    }
    double population = m2 / double(n);
    double sample = n > 1 ? m2 / double(n - 1) : 0.0;
    printf("%.10f %.10f %.10f\n", mean, population, sample);
}
