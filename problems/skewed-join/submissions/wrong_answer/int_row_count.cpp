// BLIND WA: pre-aggregates correctly, but the per-segment row COUNT is an int; the hot key gives ~1e10 joined rows and it overflows
#include <bits/stdc++.h>
using namespace std;
int main() {
    int d;
    if (scanf("%d", &d) != 1) return 0;
    vector<array<long long, 3>> cs(d);
    for (auto& r : cs) scanf("%lld %lld %lld", &r[0], &r[1], &r[2]);
    int o;
    scanf("%d", &o);
    unordered_map<long long, pair<int, long long>> agg;   // customer -> (orders, sum amount)
    agg.reserve(o * 2 + 1);
    for (int i = 0; i < o; i++) {
        long long c, a;
        scanf("%lld %lld", &c, &a);
        auto& x = agg[c];
        x.first++;
        x.second += a;
    }
    map<long long, pair<int, long long>> seg;   // segment -> (rows, attributed)
    for (auto& r : cs) {
        auto it = agg.find(r[0]);
        if (it == agg.end()) continue;
        auto& s = seg[r[1]];
        s.first += it->second.first;
        s.second += it->second.second * r[2];
    }
    for (auto& [k, v] : seg) printf("%lld %d %lld\n", k, v.first, v.second);
}
