// Time limit exceeded: no index. For every query, scan all rows once to collect the orders
// that contain the item, then scan all rows again and count the items of those orders (with a
// set per item to count each order once). Correct, but O(Q * R) hash lookups: thousands of
// queries times millions of rows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long r;
    if (scanf("%lld", &r) != 1) return 0;
    vector<pair<long long, long long>> rows(r);
    for (auto& [o, it] : rows) scanf("%lld %lld", &o, &it);
    long long q, k;
    if (scanf("%lld %lld", &q, &k) != 2) return 0;
    for (long long t = 0; t < q; ++t) {
        long long x;
        scanf("%lld", &x);
        unordered_set<long long> mine;
        for (auto& [o, it] : rows)
            if (it == x) mine.insert(o);
        map<long long, set<long long>> seen;  // item -> orders it shares with x
        for (auto& [o, it] : rows)
            if (it != x && mine.count(o)) seen[it].insert(o);
        vector<pair<long long, long long>> v;  // (-count, id)
        for (auto& [y, os] : seen) v.push_back({-(long long)os.size(), y});
        sort(v.begin(), v.end());
        const size_t take = min<size_t>(k, v.size());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %lld %lld", v[i].second, -v[i].first);
        printf("\n");
    }
}
