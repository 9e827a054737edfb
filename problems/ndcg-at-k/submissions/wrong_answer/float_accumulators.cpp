// BLIND WA: DCG, IDCG and the running sum of NDCG kept in float; the sum over 1e6 queries loses far more than 1e-6
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q, k;
    if (scanf("%d %d", &q, &k) != 2) return 0;
    vector<float> disc(k + 1);
    for (int i = 1; i <= k; i++) disc[i] = 1.0f / log2f(i + 1.0f);
    vector<int> r;
    float total = 0.0f;
    for (int qi = 0; qi < q; qi++) {
        int n;
        scanf("%d", &n);
        r.resize(n);
        for (auto &x : r) scanf("%d", &x);
        int m = min(k, n);
        float dcg = 0.0f;
        for (int i = 0; i < m; i++) dcg += ((1 << r[i]) - 1) * disc[i + 1];
        sort(r.begin(), r.end(), greater<int>());
        float idcg = 0.0f;
        for (int i = 0; i < m; i++) idcg += ((1 << r[i]) - 1) * disc[i + 1];
        if (idcg > 0) total += dcg / idcg;
    }
    printf("%.9f\n", total / q);
}
