// BLIND WA: nearest rank taken as round(q*N) instead of ceil(q*N); off by one rank for small N (e.g. N=11, p95 -> x_10 instead of x_11), where no rank slack is allowed
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static int bufLen = 0, bufPos = 0;
static inline int gc() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof(buf), stdin);
        bufPos = 0;
        if (bufLen <= 0) return -1;
    }
    return buf[bufPos++];
}
static inline long long readLL() {
    int c = gc();
    while (c != -1 && (c < '0' || c > '9')) c = gc();
    long long x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return x;
}

static long long rankOf(double q, long long N) {
    long long r = llround(q * N);  // nearest rank
    return max(1LL, min(N, r));
}

int main() {
    long long N = readLL();
    const double qs[3] = {0.50, 0.95, 0.99};
    if (N <= 2000000) {
        // small enough to keep exactly (8 MB)
        vector<int> v(N);
        for (long long i = 0; i < N; i++) v[i] = (int)readLL();
        for (double q : qs) {
            long long r = rankOf(q, N);
            nth_element(v.begin(), v.begin() + (r - 1), v.end());
            printf("%d\n", v[r - 1]);
        }
        return 0;
    }
    // large: 1% geometric buckets, report the bucket's geometric midpoint (value error <= 0.5%)
    const double base = 1.01, lb = log(base);
    const int B = 2100;  // 1.01^2100 > 1e9
    vector<long long> cnt(B + 1, 0);  // cnt[0]: value 0; cnt[b+1]: [base^b, base^(b+1))
    for (long long i = 0; i < N; i++) {
        long long x = readLL();
        if (x == 0) { cnt[0]++; continue; }
        int b = (int)floor(log((double)x) / lb);
        b = max(0, min(B - 1, b));
        cnt[b + 1]++;
    }
    for (double q : qs) {
        long long r = rankOf(q, N), seen = 0;
        for (int b = 0; b <= B; b++) {
            seen += cnt[b];
            if (seen >= r) {
                if (b == 0) printf("0\n");
                else printf("%.3f\n", pow(base, b - 1 + 0.5));
                break;
            }
        }
    }
}
