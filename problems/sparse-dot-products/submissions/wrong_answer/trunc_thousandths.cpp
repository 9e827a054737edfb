// BLIND WA: exact integer version in thousandths, but converts with (long long)(x * 1000), which truncates e.g. 4.35*1000 = 4349.999... to 4349
#include <bits/stdc++.h>
using namespace std;
int main() {
    int m, d;
    if (scanf("%d %d", &m, &d) != 2) return 0;
    vector<int> start(m + 1, 0);
    vector<int> idx;
    vector<long long> val;
    for (int v = 0; v < m; v++) {
        int l;
        scanf("%d", &l);
        for (int t = 0; t < l; t++) {
            int i; double x;
            scanf("%d %lf", &i, &x);
            idx.push_back(i);
            val.push_back((long long)(x * 1000));
        }
        start[v + 1] = idx.size();
    }
    int q;
    scanf("%d", &q);
    while (q--) {
        int a, b;
        scanf("%d %d", &a, &b);
        int i = start[a], ie = start[a + 1], j = start[b], je = start[b + 1];
        long long s = 0;   // in millionths
        while (i < ie && j < je) {
            if (idx[i] < idx[j]) i++;
            else if (idx[i] > idx[j]) j++;
            else { s += val[i] * val[j]; i++; j++; }
        }
        printf("%.6f\n", s / 1e6);
    }
}
