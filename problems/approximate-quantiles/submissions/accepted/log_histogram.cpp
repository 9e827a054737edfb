// Accepted (typical): a log-bucket histogram, like DDSketch or HdrHistogram. Bucket i holds
// the values in (g^(i-1), g^i] with g = 1.01, so values 1..10^9 need ~2 100 buckets, and 0 has
// its own bucket. Find the bucket that holds the nearest-rank quantile x_ceil(qN) by walking
// the cumulative counts, and print the bucket's midpoint in relative terms, 2 g^i / (g + 1):
// within (g - 1) / (g + 1) = 0.5 % of every value in the bucket, so of the exact answer.
// O(N) time, 17 KiB of counts, whatever N is.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n;
    if (!(cin >> n)) return 0;
    const double g = 1.01, lg = log(g);
    const int buckets = (int)ceil(log(1e9) / lg) + 2;
    vector<long long> count(buckets + 1, 0);  // count[0]: value 0; count[i]: (g^(i-1), g^i]
    for (long long i = 0; i < n; ++i) {
        long long v;
        cin >> v;
        int b = v == 0 ? 0 : max(1, (int)ceil(log((double)v) / lg - 1e-12));
        ++count[min(b, buckets)];
    }
    for (int Q : {50, 95, 99}) {
        const long long rank = (Q * n + 99) / 100;  // nearest rank, 1-based
        long long seen = 0;
        int b = 0;
        while (seen + count[b] < rank) seen += count[b++];
        const double v = b == 0 ? 0.0 : 2 * pow(g, b) / (g + 1);
        printf("%.3f\n", v);
    }
}
