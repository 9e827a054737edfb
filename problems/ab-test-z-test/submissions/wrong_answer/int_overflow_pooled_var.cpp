// BLIND WA: pooled numerator s*(N-s) computed in int, overflows once the arms have millions of visitors
#include <bits/stdc++.h>
using namespace std;

int main() {
    int T;
    if (scanf("%d", &T) != 1) return 0;
    while (T--) {
        int ca, na, cb, nb;
        scanf("%d %d %d %d", &ca, &na, &cb, &nb);
        int s = ca + cb, N = na + nb;
        if (s == 0 || s == N) {
            printf("0 1\n");
            continue;
        }
        // p(1-p) = s(N-s)/N^2, kept exact in integers as long as possible
        int num = s * (N - s);
        double var = (double)num / ((double)N * N) * (1.0 / na + 1.0 / nb);
        double se = sqrt(var);
        double z = ((double)cb / nb - (double)ca / na) / se;
        double pv = erfc(fabs(z) / sqrt(2.0));
        printf("%.9f %.9f\n", z, pv);
    }
}
