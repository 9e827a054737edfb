// Accepted (typical): points and centroids in contiguous row-major vector<long long>, scanf.
// Assignment: for each point, the squared distance to every centroid, keeping the first
// strictly smaller one (so ties go to the smaller index). Update: accumulate the sum and the
// count per cluster in one pass, then divide; an empty cluster keeps its old centroid.
// O(N k d) for the assignment, O(N d) for the update. Integer arithmetic, so no rounding.
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
            printf(" %.9f", size[j] ? (double)sum[(size_t)j * d + t] / size[j] : (double)c[(size_t)j * d + t]);
        printf("\n");
    }
}
