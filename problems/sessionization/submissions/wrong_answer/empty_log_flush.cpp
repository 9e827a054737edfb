// BLIND WA: streaming pass over the sorted log flushes the "current user" unconditionally at the end, so N = 0 prints a bogus line
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n, g;
    if (scanf("%lld %lld", &n, &g) != 2) return 0;
    vector<pair<long long, long long>> e(n);
    for (auto& [u, t] : e) scanf("%lld %lld", &u, &t);
    sort(e.begin(), e.end());
    long long cur = 0, sessions = 0, total = 0, start = 0, prev = 0;
    for (long long i = 0; i < n; i++) {
        auto [u, t] = e[i];
        if (i == 0 || u != cur) {
            if (i > 0) {
                total += prev - start;
                printf("%lld %lld %lld\n", cur, sessions, total);
            }
            cur = u; sessions = 1; total = 0; start = prev = t;
            continue;
        }
        if (t - prev > g) { total += prev - start; sessions++; start = t; }
        prev = t;
    }
    total += prev - start;
    printf("%lld %lld %lld\n", cur, sessions, total);
}
