// BLIND WA: P*Q and the pair counts computed in 32-bit int; overflow once P*Q exceeds 2^31
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<double, int>> rows(n);
    for (auto &r : rows) scanf("%lf %d", &r.first, &r.second);
    sort(rows.begin(), rows.end());
    int P = 0, Q = 0;
    for (auto &r : rows) (r.second ? P : Q)++;
    int negBelow = 0;
    int wins = 0, ties = 0;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        int gp = 0, gn = 0;
        while (j < rows.size() && rows[j].first == rows[i].first) {
            (rows[j].second ? gp : gn)++;
            j++;
        }
        wins += gp * negBelow;
        ties += gp * gn;
        negBelow += gn;
        i = j;
    }
    int total = P * Q;
    printf("%.12f\n", (wins + 0.5 * ties) / total);
}
