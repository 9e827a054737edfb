// Wrong answer: the inverted index is right, but the rows are not deduplicated. When the same
// item is logged twice in one order (quantity 2), that order is counted twice for it: the
// count becomes "rows" rather than "orders containing both". Right whenever no order repeats an
// item, as in sample 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    long long r;
    if (scanf("%lld", &r) != 1) return 0;
    unordered_map<long long, vector<long long>> orders;     // order -> items (with repeats)
    unordered_map<long long, vector<long long>> item_orders;  // item -> orders (with repeats)
    for (long long i = 0; i < r; ++i) {
        long long o, it;
        scanf("%lld %lld", &o, &it);
        orders[o].push_back(it);  // BUG: a repeated row is kept
        item_orders[it].push_back(o);
    }
    long long q, k;
    if (scanf("%lld %lld", &q, &k) != 2) return 0;
    for (long long t = 0; t < q; ++t) {
        long long x;
        scanf("%lld", &x);
        unordered_map<long long, int> cnt;
        if (auto it = item_orders.find(x); it != item_orders.end()) {
            vector<long long> os = it->second;
            sort(os.begin(), os.end());
            os.erase(unique(os.begin(), os.end()), os.end());  // x's own repeats are handled...
            for (long long o : os)
                for (long long y : orders[o])
                    if (y != x) ++cnt[y];  // ...but the other item's repeats are not
        }
        vector<pair<int, long long>> v;
        for (auto& [y, c] : cnt) v.push_back({-c, y});
        const size_t take = min<size_t>(k, v.size());
        partial_sort(v.begin(), v.begin() + take, v.end());
        printf("%zu", take);
        for (size_t i = 0; i < take; ++i) printf(" %lld %d", v[i].second, -v[i].first);
        printf("\n");
    }
}
