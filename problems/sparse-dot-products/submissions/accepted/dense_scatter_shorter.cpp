// Accepted: scatter the shorter vector of each query into a dense array of size D (indexed by
// dimension), walk the longer one and look each index up, then clear the entries written.
// O(len(a) + len(b)) per query with no comparisons in the inner loop, at the price of random
// access into a D-sized array (8 MB for D = 10^6). Also sums in double.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    long long dim;
    if (scanf("%d %lld", &m, &dim) != 2) return 0;
    vector<long long> start(m + 1, 0);
    vector<int> idx;
    vector<double> val;
    for (int i = 0; i < m; ++i) {
        int l;
        scanf("%d", &l);
        for (int j = 0; j < l; ++j) {
            int x;
            double v;
            scanf("%d %lf", &x, &v);
            idx.push_back(x);
            val.push_back(v);
        }
        start[i + 1] = (long long)idx.size();
    }
    vector<double> dense(dim, 0.0);
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    for (int t = 0; t < q; ++t) {
        int a, b;
        scanf("%d %d", &a, &b);
        if (start[a + 1] - start[a] > start[b + 1] - start[b]) swap(a, b);  // a is the shorter
        for (long long i = start[a]; i < start[a + 1]; ++i) dense[idx[i]] = val[i];
        double dot = 0;
        for (long long j = start[b]; j < start[b + 1]; ++j) dot += dense[idx[j]] * val[j];
        for (long long i = start[a]; i < start[a + 1]; ++i) dense[idx[i]] = 0.0;
        printf("%.6f\n", dot);
    }
}
