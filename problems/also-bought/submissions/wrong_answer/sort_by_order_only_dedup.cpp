// BLIND WA: rows sorted by order_id only, then adjacent unique(): a repeated (order,item) row that is not adjacent after the sort is counted twice
#include <bits/stdc++.h>
using namespace std;

int main() {
    int R;
    if (scanf("%d", &R) != 1) return 0;
    vector<pair<int, int>> rows(R);
    for (auto& [o, it] : rows) scanf("%d %d", &o, &it);
    // compress item ids
    vector<int> items;
    items.reserve(R);
    for (auto& r : rows) items.push_back(r.second);
    sort(items.begin(), items.end());
    items.erase(unique(items.begin(), items.end()), items.end());
    for (auto& r : rows) r.second = lower_bound(items.begin(), items.end(), r.second) - items.begin();
    // group by order, then drop repeated rows (an order counts once per item)
    sort(rows.begin(), rows.end(), [](const pair<int, int>& a, const pair<int, int>& b) { return a.first < b.first; });
    rows.erase(unique(rows.begin(), rows.end()), rows.end());
    vector<int> start;
    for (int i = 0; i < (int)rows.size(); i++)
        if (i == 0 || rows[i].first != rows[i - 1].first) start.push_back(i);
    start.push_back(rows.size());
    vector<vector<int>> ordersOf(items.size());
    for (int g = 0; g + 1 < (int)start.size(); g++)
        for (int i = start[g]; i < start[g + 1]; i++) ordersOf[rows[i].second].push_back(g);

    int Q, k;
    if (scanf("%d %d", &Q, &k) != 2) return 0;
    vector<int> cnt(items.size(), 0);
    vector<int> touched;
    string out;
    while (Q--) {
        int x;
        scanf("%d", &x);
        auto f = lower_bound(items.begin(), items.end(), x);
        touched.clear();
        if (f != items.end() && *f == x) {
            int xi = f - items.begin();
            for (int g : ordersOf[xi])
                for (int i = start[g]; i < start[g + 1]; i++) {
                    int y = rows[i].second;
                    if (y == xi) continue;
                    if (cnt[y]++ == 0) touched.push_back(y);
                }
        }
        vector<pair<int, int>> v;  // (-count, item index): best first, then smaller id
        for (int y : touched) {
            v.push_back({-cnt[y], y});
            cnt[y] = 0;
        }
        int m = min<int>(k, v.size());
        partial_sort(v.begin(), v.begin() + m, v.end());
        out += to_string(m);
        for (int i = 0; i < m; i++) out += " " + to_string(items[v[i].second]) + " " + to_string(-v[i].first);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
