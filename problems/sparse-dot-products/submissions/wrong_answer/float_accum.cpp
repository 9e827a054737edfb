// BLIND WA: values stored and the dot product accumulated in float; long mixed-sign sums of products up to 1e4 lose more than 1e-3
#include <bits/stdc++.h>
using namespace std;
int main() {
    int m, d;
    if (scanf("%d %d", &m, &d) != 2) return 0;
    vector<int> start(m + 1, 0);
    vector<int> idx;
    vector<float> val;
    for (int v = 0; v < m; v++) {
        int l;
        scanf("%d", &l);
        for (int t = 0; t < l; t++) {
            int i; float x;
            scanf("%d %f", &i, &x);
            idx.push_back(i);
            val.push_back(x);
        }
        start[v + 1] = idx.size();
    }
    int q;
    scanf("%d", &q);
    while (q--) {
        int a, b;
        scanf("%d %d", &a, &b);
        int i = start[a], ie = start[a + 1], j = start[b], je = start[b + 1];
        float s = 0;
        while (i < ie && j < je) {
            if (idx[i] < idx[j]) i++;
            else if (idx[i] > idx[j]) j++;
            else { s += val[i] * val[j]; i++; j++; }
        }
        printf("%.6f\n", s);
    }
}
