// Accepted (typical): count locally, shuffle partial counts by hash(item) % N so that every
// item's global count is summed on exactly one node, take each node's top k of the items it
// owns, and let node 0 merge the N short lists.
//   round 1: node i -> every node j: the (item, partial count) pairs with owner(item) == j
//   round 2: every node -> node 0: its top k (item, global count) pairs
// Messages per node: N + 1. Memory per node: the local counts plus the owned counts, both
// about 1/N of the distinct items. std::cin and std::unordered_map: simple, not the fastest.
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

static int Owner(long long item, int nodes) {
    uint64_t h = uint64_t(item) * 0x9E3779B97F4A7C15ULL;  // mix the bits, then take the top ones
    return int((h >> 32) % uint64_t(nodes));
}

// The first k of v in the output order, sorted.
static vector<Entry> TopK(vector<Entry> v, size_t k) {
    k = min(k, v.size());
    partial_sort(v.begin(), v.begin() + k, v.end(), Better);
    v.resize(k);
    return v;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int nodes = node::count(), me = node::id();
    long long n = 0, k = 0;
    cin >> n >> k;  // the header: every node gets it

    unordered_map<long long, long long> local;
    long long item;
    while (cin >> item) ++local[item];

    // Round 1: shuffle partial counts to the owner of each item (including ourselves).
    vector<vector<Entry>> outgoing(nodes);
    for (const auto& [id, c] : local) outgoing[Owner(id, nodes)].push_back({id, c});
    local.clear();
    for (int to = 0; to < nodes; ++to) node::send(to, outgoing[to]);
    outgoing.clear();

    unordered_map<long long, long long> owned;
    // receive(i), not receive(any): a fast node's round-2 message to node 0 may arrive before a
    // slow node's round-1 message; messages from ONE sender always arrive in order.
    for (int i = 0; i < nodes; ++i) {
        node::Message m = node::receive(i);
        for (const Entry& e : m.get_vector<Entry>()) owned[e.item] += e.count;
    }

    // Round 2: our top k goes to node 0. The global top k is inside the union of these lists,
    // because every item's count here is already its global count.
    vector<Entry> mine;
    mine.reserve(owned.size());
    for (const auto& [id, c] : owned) mine.push_back({id, c});
    node::send(0, TopK(move(mine), size_t(k)));

    if (me == 0) {
        vector<Entry> all;
        for (int i = 0; i < nodes; ++i) {
            node::Message m = node::receive(node::any);
            for (const Entry& e : m.get_vector<Entry>()) all.push_back(e);
        }
        for (const Entry& e : TopK(move(all), size_t(k))) cout << e.item << ' ' << e.count << '\n';
    }
}
