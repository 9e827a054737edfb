// Wrong answer: the typical solution (row-major arrays, squared distances, first strict minimum,
// one accumulation pass), but an empty cluster gets the "mean of no points", computed as
// 0 / max(size, 1): its centroid collapses to the origin instead of staying where it was.
// Right whenever every cluster wins at least one point.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<long long> x((size_t)n * d), c((size_t)k * d);
    for (auto& v : x) scanf("%lld", &v);
    for (auto& v : c) scanf("%lld", &v);
    vector<long long> sum((size_t)k * d, 0), size(k, 0);
    for (int i = 0; i < n; ++i) {
        const long long* p = &x[(size_t)i * d];
        int best = 0;
        long long best_dist = LLONG_MAX;
        for (int j = 0; j < k; ++j) {
            const long long* q = &c[(size_t)j * d];
            long long dist = 0;
            for (int t = 0; t < d; ++t) dist += (p[t] - q[t]) * (p[t] - q[t]);
            if (dist < best_dist) best_dist = dist, best = j;
        }
        ++size[best];
        for (int t = 0; t < d; ++t) sum[(size_t)best * d + t] += p[t];
    }
    for (int j = 0; j < k; ++j) {
        printf("%lld", size[j]);
        for (int t = 0; t < d; ++t)
            printf(" %.9f", (double)sum[(size_t)j * d + t] / max(size[j], 1LL));  // BUG: empty -> 0
        printf("\n");
    }
}
