// Wrong answer: uses the unpooled standard error sqrt(p_a (1 - p_a) / n_a + p_b (1 - p_b) / n_b)
// (the one for a confidence interval of the difference, i.e. Welch-style) instead of the pooled
// one the test under H0: p_a = p_b asks for. The z values differ whenever the arms differ, and
// the SE is 0 (division by zero) whenever both arms are 0% or 100% on their own.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long t;
    if (scanf("%lld", &t) != 1) return 0;
    for (long long i = 0; i < t; ++i) {
        long long ca, na, cb, nb;
        if (scanf("%lld %lld %lld %lld", &ca, &na, &cb, &nb) != 4) return 1;
        if (ca + cb == 0 || ca + cb == na + nb) {
            printf("0 1\n");
            continue;
        }
        double pa = (double)ca / na, pb = (double)cb / nb;
        double se = sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb);
        double z = (pb - pa) / se;
        printf("%.9f %.9f\n", z, erfc(fabs(z) / sqrt(2.0)));
    }
}
