// Accepted (typical): group the rows by order in a hash map (order id -> items), make each
// order's items distinct, then count co-occurring pairs (a, b) in one hash map per queried item
// a: for every order, for every queried item a in it, for every other item b, ++pairs[a][b].
// Only the queried items get a table, which keeps memory bounded. Each query then sorts its
// table's entries by (count desc, id asc) and prints the first k.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long r;
    if (scanf("%lld", &r) != 1) return 0;
    vector<pair<long long, long long>> rows(r);
    for (auto& [o, it] : rows) scanf("%lld %lld", &o, &it);
    long long q, k;
    if (scanf("%lld %lld", &q, &k) != 2) q = 0, k = 0;
    vector<long long> queries(q);
    for (auto& x : queries) scanf("%lld", &x);

    unordered_map<long long, vector<long long>> orders;
    for (auto& [o, it] : rows) orders[o].push_back(it);
    unordered_map<long long, unordered_map<long long, int>> pairs;
    for (long long x : queries) pairs[x];
    for (auto& [o, items] : orders) {
        sort(items.begin(), items.end());
        items.erase(unique(items.begin(), items.end()), items.end());
        for (long long a : items) {
            auto pa = pairs.find(a);
            if (pa == pairs.end()) continue;
            for (long long b : items)
                if (b != a) ++pa->second[b];
        }
    }
    for (long long x : queries) {
        const auto& table = pairs[x];
        vector<pair<int, long long>> v;  // (-count, id)
        for (auto& [b, c] : table) v.push_back({-c, b});
        const size_t take = min<size_t>(k, v.size());
        partial_sort(v.begin(), v.begin() + take, v.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %lld %d", v[i].second, -v[i].first);
        printf("\n");
    }
}
