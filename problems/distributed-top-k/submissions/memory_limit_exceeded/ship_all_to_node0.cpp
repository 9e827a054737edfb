// Memory limit exceeded: the naive "distributed" solution. Every node ships its raw events to
// node 0, which then solves the whole problem alone: one exact count table over all the
// distinct items of the log. Correct, and fine on small cases, but node 0 alone has the memory
// of one node, and the big case's table (over a million distinct items in an unordered_map,
// ~40+ bytes each) plus the events themselves does not fit in it. The other nodes did nothing
// useful: the point of the exercise is that no single node ever holds more than ~1/N of the data.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int nodes = node::count(), me = node::id();
    long long n = 0, k = 0;
    cin >> n >> k;
    vector<long long> events;
    long long item;
    while (cin >> item) events.push_back(item);
    if (me != 0) {
        node::send(0, events);
        return 0;
    }
    for (int i = 1; i < nodes; ++i) {
        node::Message m = node::receive(i);
        vector<long long> part = m.get_vector<long long>();
        events.insert(events.end(), part.begin(), part.end());
    }
    unordered_map<long long, long long> count;
    for (long long id : events) ++count[id];
    vector<pair<long long, long long>> all;  // (-count, item): sorts into the output order
    all.reserve(count.size());
    for (const auto& [id, c] : count) all.push_back({-c, id});
    size_t m = min<size_t>(size_t(k), all.size());
    partial_sort(all.begin(), all.begin() + m, all.end());
    for (size_t i = 0; i < m; ++i) cout << all[i].second << ' ' << -all[i].first << '\n';
}
