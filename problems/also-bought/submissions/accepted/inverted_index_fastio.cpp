// Accepted (fast): parse from one buffer; compress item ids and order ids by sorting; build
// two CSR arrays, order -> its distinct items and item -> the orders containing it (a
// duplicated row is dropped when the (order, item) pairs are sorted and made unique).
// Per query item q: for each order of q, for each other item of that order, ++count[item] in a
// dense array, remembering the items touched; then pick the top k of the touched items by
// (count desc, item id asc) with a partial sort and reset the counters. Repeated queries reuse
// the previous answer. O(R log R + sum over queries of the sizes of q's orders).
#include <bits/stdc++.h>
using namespace std;

static vector<char> in;
static const char* p;

static long long ReadInt() {
    while (*p && (*p < '0' || *p > '9')) ++p;
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return v;
}

int main() {
    in.resize(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    p = in.data();
    const long long r = ReadInt();
    vector<pair<long long, long long>> rows(r);  // (order id, item id)
    vector<long long> ids(r);
    for (long long i = 0; i < r; ++i) {
        rows[i].first = ReadInt();
        rows[i].second = ReadInt();
        ids[i] = rows[i].second;
    }
    sort(ids.begin(), ids.end());
    ids.erase(unique(ids.begin(), ids.end()), ids.end());
    const int m = (int)ids.size();
    auto item_index = [&](long long id) {
        auto it = lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? (int)(it - ids.begin()) : -1;
    };
    sort(rows.begin(), rows.end());
    rows.erase(unique(rows.begin(), rows.end()), rows.end());
    // order -> items (CSR), in sorted-order order
    vector<int> order_items;
    vector<int> order_start{0};
    vector<int> item_deg(m + 1, 0);
    order_items.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && rows[i].first != rows[i - 1].first) order_start.push_back((int)order_items.size());
        int it = item_index(rows[i].second);
        order_items.push_back(it);
        ++item_deg[it + 1];
    }
    order_start.push_back((int)order_items.size());
    const int orders = (int)order_start.size() - 1;
    for (int i = 0; i < m; ++i) item_deg[i + 1] += item_deg[i];
    vector<int> item_orders(order_items.size());
    {
        vector<int> at(item_deg.begin(), item_deg.end() - 1);
        for (int o = 0; o < orders; ++o)
            for (int e = order_start[o]; e < order_start[o + 1]; ++e) item_orders[at[order_items[e]]++] = o;
    }
    const long long q = ReadInt(), k = ReadInt();
    vector<int> cnt(m, 0), touched;
    unordered_map<long long, string> memo;
    string out;
    char buf[48];
    for (long long t = 0; t < q; ++t) {
        const long long qid = ReadInt();
        if (auto it = memo.find(qid); it != memo.end()) {
            out += it->second;
            continue;
        }
        string line;
        const int x = item_index(qid);
        touched.clear();
        if (x >= 0)
            for (int e = item_deg[x]; e < item_deg[x + 1]; ++e) {
                const int o = item_orders[e];
                for (int f = order_start[o]; f < order_start[o + 1]; ++f) {
                    const int y = order_items[f];
                    if (y != x && cnt[y]++ == 0) touched.push_back(y);
                }
            }
        // Item index order equals id order, so ties by smaller index = ties by smaller id.
        auto better = [&](int a, int b) { return cnt[a] != cnt[b] ? cnt[a] > cnt[b] : a < b; };
        const size_t take = min<size_t>(k, touched.size());
        partial_sort(touched.begin(), touched.begin() + take, touched.end(), better);
        line += to_string(take);
        for (size_t i = 0; i < take; ++i) {
            int len = snprintf(buf, sizeof buf, " %lld %d", ids[touched[i]], cnt[touched[i]]);
            line.append(buf, len);
        }
        line += '\n';
        for (int y : touched) cnt[y] = 0;
        out += line;
        memo.emplace(qid, std::move(line));
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
