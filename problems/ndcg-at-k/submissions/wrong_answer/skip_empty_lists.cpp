// BLIND WA: queries with an empty list (n = 0) are skipped and left out of the mean's denominator
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q, k;
    if (scanf("%d %d", &q, &k) != 2) return 0;
    vector<double> disc(k + 1);
    for (int i = 1; i <= k; i++) disc[i] = 1.0 / log2(i + 1.0);
    vector<int> r;
    double total = 0.0;
    long long counted = 0;
    for (int qi = 0; qi < q; qi++) {
        int n;
        scanf("%d", &n);
        if (n == 0) continue;  // nothing to evaluate
        r.resize(n);
        for (auto &x : r) scanf("%d", &x);
        counted++;
        int m = min(k, n);
        double dcg = 0.0;
        for (int i = 0; i < m; i++) dcg += ((1 << r[i]) - 1) * disc[i + 1];
        sort(r.begin(), r.end(), greater<int>());
        double idcg = 0.0;
        for (int i = 0; i < m; i++) idcg += ((1 << r[i]) - 1) * disc[i + 1];
        if (idcg > 0) total += dcg / idcg;
    }
    printf("%.9f\n", counted ? total / counted : 0.0);
}
