// BLIND WA: exact 1-microsecond histogram up to 2^21 (8 MiB of counters); larger latencies are clamped into the last bucket, so a tail above ~2 s is reported as 2097151
#include <bits/stdc++.h>
using namespace std;

static const int CAP = 1 << 21;
static unsigned cnt[CAP];

int main() {
    long long N;
    if (scanf("%lld", &N) != 1) return 0;
    for (long long i = 0; i < N; i++) {
        long long v;
        scanf("%lld", &v);
        if (v >= CAP) v = CAP - 1;
        cnt[v]++;
    }
    const double qs[3] = {0.50, 0.95, 0.99};
    for (double q : qs) {
        long long rank = (long long)ceil(q * N - 1e-9);
        if (rank < 1) rank = 1;
        long long seen = 0;
        for (int v = 0; v < CAP; v++) {
            seen += cnt[v];
            if (seen >= rank) { printf("%d\n", v); break; }
        }
    }
}
