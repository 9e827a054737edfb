// Wrong answer: a correct two-pointer merge, but values are stored and summed in float (to
// "save memory", as in a float32 embedding table). float has a 24-bit mantissa: products are
// up to 10^4 and long vectors add thousands of them with mixed signs, so the sum drifts by far
// more than the 10^-3 tolerance. Exact on short vectors with few overlaps, as in the samples.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    long long dim;
    if (scanf("%d %lld", &m, &dim) != 2) return 0;
    vector<long long> start(m + 1, 0);
    vector<int> idx;
    vector<float> val;
    for (int i = 0; i < m; ++i) {
        int l;
        scanf("%d", &l);
        for (int j = 0; j < l; ++j) {
            int x;
            float v;
            scanf("%d %f", &x, &v);
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
        float dot = 0;  // BUG: single precision accumulator
        while (i < ie && j < je) {
            if (idx[i] < idx[j]) ++i;
            else if (idx[i] > idx[j]) ++j;
            else dot += val[i++] * val[j++];
        }
        printf("%.6f\n", dot);
    }
}
