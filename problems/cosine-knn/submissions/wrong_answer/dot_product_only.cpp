// Wrong answer: ranks by the raw dot product instead of the cosine (forgets to divide by the
// item's norm). Long vectors win regardless of direction. Right only when all items have the
// same norm; fails sample 1 and every case where norms vary.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<long long> items((size_t)n * d);
    for (auto& x : items) scanf("%lld", &x);
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    const int take = min(k, n);
    vector<long long> query(d);
    vector<pair<long long, int>> key(n);
    for (int t = 0; t < q; ++t) {
        for (auto& x : query) scanf("%lld", &x);
        for (int i = 0; i < n; ++i) {
            long long dot = 0;
            for (int j = 0; j < d; ++j) dot += items[(size_t)i * d + j] * query[j];
            key[i] = {-dot, i};  // BUG: no division by ||item||
        }
        partial_sort(key.begin(), key.begin() + take, key.end());
        for (int r = 0; r < take; ++r) printf(r + 1 < take ? "%d " : "%d", key[r].second);
        printf("\n");
    }
}
