// BLIND WA: the pair counts (numerator) accumulated in float; exact only up to 2^24, far off the 1e-9 tolerance on large inputs
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<double, int>> rows(n);
    for (auto &r : rows) scanf("%lf %d", &r.first, &r.second);
    sort(rows.begin(), rows.end());
    long long P = 0, Q = 0;
    for (auto &r : rows) (r.second ? P : Q)++;
    float negBelow = 0, num = 0;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        float gp = 0, gn = 0;
        while (j < rows.size() && rows[j].first == rows[i].first) {
            (rows[j].second ? gp : gn) += 1;
            j++;
        }
        num += gp * negBelow + 0.5f * gp * gn;
        negBelow += gn;
        i = j;
    }
    printf("%.12f\n", (double)num / ((double)P * Q));
}
