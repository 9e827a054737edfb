// BLIND WA: 2%-wide geometric buckets but prints the bucket's lower edge instead of its midpoint, so the value error reaches 2%
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long N;
    if (scanf("%lld", &N) != 1) return 0;
    const double base = 1.02;
    const double lb = log(base);
    const int B = 1100;  // 1.02^1100 > 1e9
    vector<long long> cnt(B + 1, 0);  // cnt[0]: value 0, cnt[b+1]: [base^b, base^(b+1))
    for (long long i = 0; i < N; i++) {
        long long v;
        scanf("%lld", &v);
        if (v == 0) { cnt[0]++; continue; }
        int b = (int)floor(log((double)v) / lb);
        if (b < 0) b = 0;
        if (b >= B) b = B - 1;
        cnt[b + 1]++;
    }
    const double qs[3] = {0.50, 0.95, 0.99};
    for (double q : qs) {
        long long rank = (long long)ceil(q * N - 1e-9);
        if (rank < 1) rank = 1;
        long long seen = 0;
        for (int b = 0; b <= B; b++) {
            seen += cnt[b];
            if (seen >= rank) {
                if (b == 0) printf("0\n");
                else printf("%.3f\n", pow(base, b - 1));
                break;
            }
        }
    }
}
