// Output limit exceeded: a "streaming" shuffle that sends every event as its own message to the
// owner of its item, then an end marker (-1) to everybody; owners count what they receive and
// send their top k to node 0. Right answer, but one message per event: each node sends about
// n / N messages, far over the per-node message limit on anything but tiny inputs. The judge
// stops the node at the limit (OLE). Batch what goes to the same node into one message.
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
    long long item;
    while (cin >> item) node::send(int(uint64_t(item) % uint64_t(nodes)), item);
    for (int to = 0; to < nodes; ++to) node::send(to, -1LL);

    // Node 0 may get a fast node's top k (round 2) before a slow node's last event: keep those.
    unordered_map<long long, long long> owned;
    vector<char> finished(nodes, 0);
    vector<node::Message> early;
    for (int left = nodes; left > 0;) {
        node::Message m = node::receive(node::any);
        if (finished[m.from]) {
            early.push_back(move(m));
            continue;
        }
        long long id = m.get<long long>();
        if (id < 0) finished[m.from] = 1, --left;
        else ++owned[id];
    }
    vector<Entry> v;
    for (const auto& [id, c] : owned) v.push_back({id, c});
    size_t m = min<size_t>(size_t(k), v.size());
    partial_sort(v.begin(), v.begin() + m, v.end(), Better);
    v.resize(m);
    node::send(0, v);
    if (me == 0) {
        vector<Entry> all;
        for (int i = 0; i < nodes; ++i) {
            node::Message m = i < int(early.size()) ? move(early[i]) : node::receive(node::any);
            for (const Entry& e : m.get_vector<Entry>()) all.push_back(e);
        }
        m = min<size_t>(size_t(k), all.size());
        partial_sort(all.begin(), all.begin() + m, all.end(), Better);
        for (size_t i = 0; i < m; ++i) cout << all[i].item << ' ' << all[i].count << '\n';
    }
}
