// BLIND WA: uses "sum of amounts == 0" (operator[] default) to mean "customer has no orders", so customers whose orders all have amount 0 are dropped
#include <bits/stdc++.h>
using namespace std;
int main() {
    int d;
    if (scanf("%d", &d) != 1) return 0;
    vector<array<long long, 3>> cs(d);
    for (auto& r : cs) scanf("%lld %lld %lld", &r[0], &r[1], &r[2]);
    int o;
    scanf("%d", &o);
    unordered_map<long long, long long> amt, cnt;
    amt.reserve(o * 2 + 1);
    cnt.reserve(o * 2 + 1);
    for (int i = 0; i < o; i++) {
        long long c, a;
        scanf("%lld %lld", &c, &a);
        amt[c] += a;
        cnt[c]++;
    }
    map<long long, pair<long long, long long>> seg;
    for (auto& r : cs) {
        long long total = amt[r[0]];
        if (!total) continue;              // no orders for this customer
        auto& s = seg[r[1]];
        s.first += cnt[r[0]];
        s.second += total * r[2];
    }
    for (auto& [k, v] : seg) printf("%lld %lld %lld\n", k, v.first, v.second);
}
