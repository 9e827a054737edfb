// Wrong answer: the typical solution (row-major arrays, squared distances, one accumulation
// pass), but the argmin uses <=, so among centroids at exactly the same distance the point goes
// to the LAST one instead of the one with the smaller index. Invisible on data without exact
// ties; integer coordinates on a coarse grid have many.
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
            if (dist <= best_dist) best_dist = dist, best = j;  // BUG: ties go to the larger index
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
