// Accepted (typical): shuffle both tables by hash(user_id) % N, join locally, pre-aggregate per
// country, merge the partial aggregates on node 0.
//
// 1. Read the shard with std::cin; put each row in the outgoing batch of the node that owns
//    its user_id (packed structs, one vector per destination and table).
// 2. Send each other node its two batches: 2 big messages per destination, never one per row.
// 3. Receive the batches of every other node: now this node has every users row and every
//    order of the user_ids it owns, so a plain hash join is complete.
// 4. Sum per country and send those few rows to node 0, which merges and prints them sorted.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

struct User {
    uint32_t id;
    char country[8];  // NUL-padded
};
struct Order {
    uint32_t id;
    uint32_t amount;
};
struct Partial {
    char country[8];
    long long total, count;
};

static int Owner(uint32_t id, int nodes) {  // the same function on every node, for both tables
    return (int)(((uint64_t)id * 0x9E3779B97F4A7C15ULL >> 32) % (uint64_t)nodes);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int nodes = node::count(), me = node::id();

    vector<vector<User>> users(nodes);
    vector<vector<Order>> orders(nodes);
    string kind, text;
    uint32_t id;
    while (cin >> kind >> id >> text) {
        const int to = Owner(id, nodes);
        if (kind == "U") {
            User u{id, {}};
            memcpy(u.country, text.data(), min<size_t>(8, text.size()));
            users[to].push_back(u);
        } else {
            orders[to].push_back(Order{id, (uint32_t)stoul(text)});
        }
    }
    for (int to = 0; to < nodes; ++to) {
        if (to == me) continue;
        node::send(to, users[to]);
        node::send(to, orders[to]);
        vector<User>().swap(users[to]);
        vector<Order>().swap(orders[to]);
    }
    vector<User> my_users = std::move(users[me]);
    vector<Order> my_orders = std::move(orders[me]);
    for (int from = 0; from < nodes; ++from) {
        if (from == me) continue;
        auto u = node::receive(from).get_vector<User>();  // messages from one node arrive in order
        auto o = node::receive(from).get_vector<Order>();
        my_users.insert(my_users.end(), u.begin(), u.end());
        my_orders.insert(my_orders.end(), o.begin(), o.end());
    }

    unordered_map<uint32_t, string> country;
    country.reserve(my_users.size());
    for (const User& u : my_users) country[u.id] = string(u.country, strnlen(u.country, 8));
    unordered_map<string, pair<long long, long long>> agg;
    for (const Order& o : my_orders) {
        auto it = country.find(o.id);
        if (it == country.end()) continue;
        auto& a = agg[it->second];
        a.first += o.amount, a.second += 1;
    }

    if (me != 0) {
        vector<Partial> out;
        for (auto& [c, a] : agg) {
            Partial p{{}, a.first, a.second};
            memcpy(p.country, c.data(), c.size());
            out.push_back(p);
        }
        node::send(0, out);
        return 0;
    }
    map<string, pair<long long, long long>> total(agg.begin(), agg.end());
    for (int from = 1; from < nodes; ++from) {
        for (const Partial& p : node::receive(from).get_vector<Partial>()) {
            auto& a = total[string(p.country, strnlen(p.country, 8))];
            a.first += p.total, a.second += p.count;
        }
    }
    for (auto& [c, a] : total) cout << c << ' ' << a.first << ' ' << a.second << '\n';
}
