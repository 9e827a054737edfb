// Time limit exceeded: the right z, but the p-value comes from integrating the standard normal
// density numerically for every experiment: p = 1 - 2 * integral_0^|z| phi(x) dx by the
// trapezoid rule with step 10^-4 (accurate to ~10^-9, so the answers are right). That is
// |z| * 10^4 calls to exp per experiment, ~10^10 on a big case, where erfc is one call.
#include <bits/stdc++.h>
using namespace std;

static double TwoSidedP(double z) {
    const double h = 1e-4, c = 1 / sqrt(2 * M_PI);
    double a = min(fabs(z), 40.0);
    long long steps = (long long)ceil(a / h);
    if (steps == 0) return 1;
    double step = a / steps, sum = 0.5 * (c + c * exp(-0.5 * a * a));
    for (long long i = 1; i < steps; ++i) {
        double x = i * step;
        sum += c * exp(-0.5 * x * x);
    }
    return max(0.0, 1 - 2 * sum * step);
}

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
        printf("%.9f %.9f\n", z, TwoSidedP(z));
    }
}
