// Accepted (typical): store all entries in two flat arrays (index, value) with an offset per
// vector, parse with scanf, and answer each query with the two-pointer merge of the two sorted
// lists: advance the side with the smaller index, multiply on equal indices. Double
// accumulator. O(len(a) + len(b)) per query.
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
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    for (int t = 0; t < q; ++t) {
        int a, b;
        scanf("%d %d", &a, &b);
        long long i = start[a], ie = start[a + 1], j = start[b], je = start[b + 1];
        double dot = 0;
        while (i < ie && j < je) {
            if (idx[i] < idx[j]) ++i;
            else if (idx[i] > idx[j]) ++j;
            else dot += val[i++] * val[j++];
        }
        printf("%.6f\n", dot);
    }
}
