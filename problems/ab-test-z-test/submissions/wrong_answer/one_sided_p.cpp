// Wrong answer: the right z, but the one-sided p-value 1 - Phi(|z|) = erfc(|z| / sqrt 2) / 2,
// half the two-sided one. "Is B different from A?" is a two-sided question.
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
        double p = (double)(ca + cb) / (na + nb);
        double se = sqrt(p * (1 - p) * (1.0 / na + 1.0 / nb));
        double z = (pb - pa) / se;
        printf("%.9f %.9f\n", z, 0.5 * erfc(fabs(z) / sqrt(2.0)));
    }
}
