// BLIND WA: candidates put in id order, then std::sort by count only, assuming it keeps the id order for ties (it does not beyond 16 items)
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
    // one row per (order, item)
    sort(rows.begin(), rows.end());
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
        sort(touched.begin(), touched.end());  // id order (indices follow ids)
        vector<pair<int, int>> v;               // (item index, count)
        for (int y : touched) {
            v.push_back({y, cnt[y]});
            cnt[y] = 0;
        }
        // by count; equal counts keep their id order
        sort(v.begin(), v.end(), [](const pair<int, int>& a, const pair<int, int>& b) { return a.second > b.second; });
        int m = min<int>(k, v.size());
        out += to_string(m);
        for (int i = 0; i < m; i++) out += " " + to_string(items[v[i].first]) + " " + to_string(v[i].second);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
