// BLIND WA: scores kept as strings to stay exact and grouped by string equality, so 0.5 / 0.50 / 0.500000 are not treated as ties
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<string, int>> rows(n);
    char buf[64];
    for (auto &r : rows) {
        int lab;
        scanf("%63s %d", buf, &lab);
        r = {buf, lab};
    }
    // all scores are in [0, 1] written as "0.xxx" or "1": lexicographic order = numeric order
    sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    long long P = 0, Q = 0;
    for (auto &r : rows) (r.second ? P : Q)++;
    // walk groups of equal scores from low to high
    long long negBelow = 0;
    long double num2 = 0;  // twice the numerator
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        long long gp = 0, gn = 0;
        while (j < rows.size() && rows[j].first == rows[i].first) {
            (rows[j].second ? gp : gn)++;
            j++;
        }
        num2 += 2.0L * gp * negBelow + (long double)gp * gn;
        negBelow += gn;
        i = j;
    }
    printf("%.12Lf\n", num2 / 2 / ((long double)P * Q));
}
