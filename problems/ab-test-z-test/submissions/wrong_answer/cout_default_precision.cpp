// BLIND WA: prints with cout's default 6 significant digits, so |z| >= 10 loses more than 1e-6 relative
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int T;
    if (!(cin >> T)) return 0;
    while (T--) {
        long long ca, na, cb, nb;
        cin >> ca >> na >> cb >> nb;
        long long s = ca + cb, N = na + nb;
        if (s == 0 || s == N) {
            cout << "0 1\n";
            continue;
        }
        double p = (double)s / N;
        double se = sqrt(p * (1 - p) * (1.0 / na + 1.0 / nb));
        double z = ((double)cb / nb - (double)ca / na) / se;
        double pv = erfc(fabs(z) / sqrt(2.0));
        cout << z << ' ' << pv << '\n';
    }
}
