// BLIND WA: prints every segment found in customer_segments, including segments with zero joined rows (the statement says to skip them)
#include <bits/stdc++.h>
using namespace std;
int main() {
    int d;
    if (scanf("%d", &d) != 1) return 0;
    vector<array<long long, 3>> cs(d);
    map<long long, pair<long long, long long>> seg;
    for (auto& r : cs) {
        scanf("%lld %lld %lld", &r[0], &r[1], &r[2]);
        seg[r[1]];   // register the segment
    }
    int o;
    scanf("%d", &o);
    unordered_map<long long, pair<long long, long long>> agg;
    agg.reserve(o * 2 + 1);
    for (int i = 0; i < o; i++) {
        long long c, a;
        scanf("%lld %lld", &c, &a);
        auto& x = agg[c];
        x.first++;
        x.second += a;
    }
    for (auto& r : cs) {
        auto it = agg.find(r[0]);
        if (it == agg.end()) continue;
        auto& s = seg[r[1]];
        s.first += it->second.first;
        s.second += it->second.second * r[2];
    }
    for (auto& [k, v] : seg) printf("%lld %lld %lld\n", k, v.first, v.second);
}
