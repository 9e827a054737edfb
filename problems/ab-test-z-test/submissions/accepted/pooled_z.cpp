// Accepted (typical): the textbook two-proportion z-test, per experiment:
//   p_a = c_a / n_a, p_b = c_b / n_b, p = (c_a + c_b) / (n_a + n_b),
//   SE = sqrt(p (1 - p) (1/n_a + 1/n_b)), z = (p_b - p_a) / SE, p-value = erfc(|z| / sqrt 2).
// SE = 0 exactly when nobody or everybody converted (decided on the integers), and then the
// answer is defined as "0 1". scanf / printf, O(1) per experiment.
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
        printf("%.9f %.9f\n", z, erfc(fabs(z) / sqrt(2.0)));
    }
}
