// Wrong answer: a fixed-width histogram, 10^6 buckets of 1 000 us each over [0, 10^9], and the
// quantile reported as the middle of its bucket. The memory is fine (8 MB) and the ranks are
// exact, but the VALUE error is up to 500 us: harmless for a p99 of 80 ms, fatal for a p50 of
// 150 us (cache hits) or 2 ms. Latencies span six orders of magnitude; buckets must be
// relative (logarithmic), not absolute.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n;
    if (!(cin >> n)) return 0;
    const long long width = 1000, buckets = 1000000 + 1;
    vector<long long> count(buckets, 0);
    for (long long i = 0; i < n; ++i) {
        long long v;
        cin >> v;
        ++count[v / width];
    }
    for (int Q : {50, 95, 99}) {
        const long long rank = (Q * n + 99) / 100;
        long long seen = 0, b = 0;
        while (seen + count[b] < rank) seen += count[b++];
        printf("%lld\n", b * width + width / 2);  // BUG: absolute error up to width / 2
    }
}
