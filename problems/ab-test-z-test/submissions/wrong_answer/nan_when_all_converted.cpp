// BLIND WA: only special-cases "nobody converted" (c_A+c_B==0); when every visitor converted in both arms SE=0 and it prints nan
#include <bits/stdc++.h>
using namespace std;

int main() {
    int T;
    if (scanf("%d", &T) != 1) return 0;
    while (T--) {
        long long ca, na, cb, nb;
        scanf("%lld %lld %lld %lld", &ca, &na, &cb, &nb);
        if (ca + cb == 0) {  // nobody converted: no evidence
            printf("0 1\n");
            continue;
        }
        double pa = (double)ca / na, pb = (double)cb / nb;
        double p = (double)(ca + cb) / (double)(na + nb);
        double se = sqrt(p * (1 - p) * (1.0 / na + 1.0 / nb));
        double z = (pb - pa) / se;
        double pv = erfc(fabs(z) / sqrt(2.0));
        printf("%.9f %.9f\n", z, pv);
    }
}
