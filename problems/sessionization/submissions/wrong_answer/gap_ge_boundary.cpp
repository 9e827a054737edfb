// BLIND WA: starts a new session when the gap is >= G instead of > G (events exactly G apart, and duplicates with G = 0, get split)
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n, g;
    if (scanf("%lld %lld", &n, &g) != 2) return 0;
    vector<pair<long long, long long>> e(n);
    for (auto& [u, t] : e) scanf("%lld %lld", &u, &t);
    sort(e.begin(), e.end());
    size_t i = 0;
    while (i < e.size()) {
        long long u = e[i].first;
        long long sessions = 1, total = 0, start = e[i].second, prev = e[i].second;
        size_t j = i + 1;
        for (; j < e.size() && e[j].first == u; j++) {
            long long t = e[j].second;
            if (t - prev >= g) { total += prev - start; sessions++; start = t; }
            prev = t;
        }
        total += prev - start;
        printf("%lld %lld %lld\n", u, sessions, total);
        i = j;
    }
}
