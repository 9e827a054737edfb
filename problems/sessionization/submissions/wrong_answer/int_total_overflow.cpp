// BLIND WA: total session length per user accumulated in a 32-bit int; totals up to 2e9 overflow
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, g;
    if (scanf("%d %d", &n, &g) != 2) return 0;
    vector<pair<int, unsigned>> e(n);   // timestamps up to 2e9 kept unsigned
    for (auto& [u, t] : e) scanf("%d %u", &u, &t);
    sort(e.begin(), e.end());
    int i = 0;
    while (i < n) {
        int u = e[i].first;
        int sessions = 1, total = 0;
        unsigned start = e[i].second, prev = e[i].second;
        int j = i + 1;
        for (; j < n && e[j].first == u; j++) {
            unsigned t = e[j].second;
            if (t - prev > (unsigned)g) { total += prev - start; sessions++; start = t; }
            prev = t;
        }
        total += prev - start;
        printf("%d %d %d\n", u, sessions, total);
        i = j;
    }
}
