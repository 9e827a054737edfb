// Memory limit exceeded (naive): every node ships its whole shard to node 0, which runs the
// single-machine join. Correct, and fine on small cases, but node 0 then holds the WHOLE input
// (plus its parsed tables) in its own per-node memory: on the big tier that is far more than
// one node's limit, although each node's 1/N share fits easily. It also leaves N-1 nodes idle.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

int main() {
    const int nodes = node::count(), me = node::id();
    string shard((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
    if (me != 0) {
        node::send(0, shard);
        return 0;
    }
    string all = std::move(shard);
    for (int from = 1; from < nodes; ++from) all += node::receive(from).get_string();

    istringstream in(all);
    unordered_map<long long, string> country;
    vector<pair<long long, long long>> orders;  // (user_id, amount)
    string kind, text;
    long long id;
    while (in >> kind >> id >> text) {
        if (kind == "U") country[id] = text;
        else orders.push_back({id, stoll(text)});
    }
    map<string, pair<long long, long long>> total;
    for (auto& [uid, amount] : orders) {
        auto it = country.find(uid);
        if (it == country.end()) continue;
        auto& t = total[it->second];
        t.first += amount, t.second += 1;
    }
    for (auto& [c, t] : total) cout << c << ' ' << t.first << ' ' << t.second << '\n';
}
