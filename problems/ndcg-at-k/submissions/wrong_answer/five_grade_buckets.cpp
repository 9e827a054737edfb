// BLIND WA: ideal DCG from five counters for grades 0..4, grades above 4 are lumped into bucket 4 (the statement allows grades up to 10)
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q, k;
    if (scanf("%d %d", &q, &k) != 2) return 0;
    vector<double> disc(k + 1);
    for (int i = 1; i <= k; i++) disc[i] = 1.0 / log2(i + 1.0);
    double total = 0.0;
    for (int qi = 0; qi < q; qi++) {
        int n;
        scanf("%d", &n);
        long long cnt[5] = {0, 0, 0, 0, 0};
        double dcg = 0.0;
        for (int i = 0; i < n; i++) {
            int x;
            scanf("%d", &x);
            if (i < k) dcg += ((1 << x) - 1) * disc[i + 1];
            cnt[min(x, 4)]++;
        }
        double idcg = 0.0;
        int pos = 1;
        for (int g = 4; g >= 1 && pos <= k; g--)
            for (long long c = 0; c < cnt[g] && pos <= k; c++, pos++)
                idcg += ((1 << g) - 1) * disc[pos];
        if (idcg > 0) total += dcg / idcg;
    }
    printf("%.9f\n", total / q);
}
