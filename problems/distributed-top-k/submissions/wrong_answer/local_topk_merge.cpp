// Wrong answer: the classic bug. Every node sends its LOCAL top k to node 0, which adds up the
// counts it was sent and prints the top k of that. Cheap (one short message per node), and
// right whenever the hot items are hot on every shard, but an item that is the (k+1)-th on
// every shard never reaches node 0 even when it is the 1st overall, and the counts of items
// that made some shards' lists but not others' are partial sums.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

struct Entry {
    long long item;
    long long count;
};

static bool Better(const Entry& a, const Entry& b) {
    return a.count != b.count ? a.count > b.count : a.item < b.item;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int nodes = node::count(), me = node::id();
    long long n = 0, k = 0;
    cin >> n >> k;
    unordered_map<long long, long long> local;
    long long item;
    while (cin >> item) ++local[item];

    vector<Entry> v;
    for (const auto& [id, c] : local) v.push_back({id, c});
    size_t m = min<size_t>(size_t(k), v.size());
    partial_sort(v.begin(), v.begin() + m, v.end(), Better);
    v.resize(m);
    node::send(0, v);

    if (me == 0) {
        unordered_map<long long, long long> merged;
        for (int i = 0; i < nodes; ++i) {
            node::Message msg = node::receive(node::any);
            for (const Entry& e : msg.get_vector<Entry>()) merged[e.item] += e.count;
        }
        vector<Entry> all;
        for (const auto& [id, c] : merged) all.push_back({id, c});
        m = min<size_t>(size_t(k), all.size());
        partial_sort(all.begin(), all.begin() + m, all.end(), Better);
        for (size_t i = 0; i < m; ++i) cout << all[i].item << ' ' << all[i].count << '\n';
    }
}
