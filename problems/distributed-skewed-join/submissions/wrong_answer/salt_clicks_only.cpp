// Wrong answer (classic): salting only one side. The heavy ads' clicks are spread round-robin
// over all nodes (good: no hot node), but the heavy ads' rows still go only to the node owning
// hash(ad_id), as for any ad. Every salted click that lands on another node finds no ads row
// there and is silently dropped by the inner join: a salted key's dimension rows must be
// replicated to every node that may receive one of its salts.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

struct Ad {
    uint32_t id, campaign, cap;
};
struct Click {
    uint32_t id, bid;
};
struct Count {
    uint32_t id;
    int64_t clicks;
};
struct Partial {
    int64_t campaign, clicks, spend;
};

static int Owner(uint32_t id, int nodes) {
    return (int)(((uint64_t)id * 0x9E3779B97F4A7C15ULL >> 32) % (uint64_t)nodes);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int nodes = node::count(), me = node::id();

    // Deques grow in fixed blocks: a vector's doubling would briefly need 3x the shard.
    deque<Ad> ads;
    deque<Click> clicks;
    char kind;
    uint32_t id, a, b;
    while (cin >> kind >> id >> a) {
        if (kind == 'A') cin >> b, ads.push_back({id, a, b});
        else clicks.push_back({id, a});
    }

    // Heavy-hitter detection: Misra-Gries with 64 counters over this node's clicks finds
    // every ad with more than 1/65 of them, in O(64) memory (a full count map per ad would
    // cost more than the shard itself).
    unordered_map<uint32_t, int64_t> mg;
    for (const Click& c : clicks) {
        auto it = mg.find(c.id);
        if (it != mg.end()) ++it->second;
        else if (mg.size() < 64) mg[c.id] = 1;
        else
            for (auto jt = mg.begin(); jt != mg.end();) jt = --jt->second == 0 ? mg.erase(jt) : next(jt);
    }
    vector<Count> top;
    for (auto& [k, n] : mg) top.push_back({k, n});
    top.push_back({0, (int64_t)clicks.size()});  // id 0 (no ad has it): this node's total
    unordered_set<uint32_t> heavy;
    if (me != 0) {
        node::send(0, top);
        for (const Count& c : node::receive(0).get_vector<Count>()) heavy.insert(c.id);
    } else {
        unordered_map<uint32_t, int64_t> sum;
        for (int from = 0; from < nodes; ++from) {
            vector<Count> got = from == 0 ? top : node::receive(from).get_vector<Count>();
            for (const Count& c : got) sum[c.id] += c.clicks;
        }
        const int64_t total = sum[0];
        vector<Count> list;
        for (auto& [k, n] : sum)
            if (k != 0 && n > 0 && 2 * nodes * n >= total) list.push_back({k, n}), heavy.insert(k);
        for (int to = 1; to < nodes; ++to) node::send(to, list);
    }

    // Shuffle. Popping the shard while routing it keeps one copy of it in memory.
    vector<vector<Ad>> ads_to(nodes);
    vector<deque<Click>> clicks_to(nodes);
    for (; !ads.empty(); ads.pop_front()) {
        const Ad& ad = ads.front();
        ads_to[Owner(ad.id, nodes)].push_back(ad);  // BUG: heavy ads must go to every node
    }
    uint32_t salt = (uint32_t)me;
    for (; !clicks.empty(); clicks.pop_front()) {
        const Click& c = clicks.front();
        clicks_to[heavy.count(c.id) ? (int)(salt++ % (uint32_t)nodes) : Owner(c.id, nodes)].push_back(c);
    }
    for (int to = 0; to < nodes; ++to) {
        if (to == me) continue;
        node::send(to, ads_to[to]);
        node::send(to, vector<Click>(clicks_to[to].begin(), clicks_to[to].end()));
        vector<Ad>().swap(ads_to[to]);
        deque<Click>().swap(clicks_to[to]);
    }

    // Local join. Every node sent its ads before its clicks and messages between two nodes
    // keep their order, so: first the ads from everyone, then each clicks message is joined
    // as it comes and dropped (received clicks are never all in memory at once).
    unordered_map<uint32_t, pair<uint32_t, uint32_t>> ad_of;  // ad_id -> (campaign, cap)
    for (int from = 0; from < nodes; ++from) {
        const vector<Ad> got = from == me ? std::move(ads_to[me]) : node::receive(from).get_vector<Ad>();
        for (const Ad& ad : got) ad_of[ad.id] = {ad.campaign, ad.cap};
    }
    map<int64_t, pair<int64_t, int64_t>> total;  // campaign -> (clicks, spend)
    auto join = [&](const Click& c) {
        auto it = ad_of.find(c.id);
        if (it == ad_of.end()) return;
        auto& t = total[it->second.first];
        t.first += 1, t.second += min(c.bid, it->second.second);
    };
    for (const Click& c : clicks_to[me]) join(c);
    deque<Click>().swap(clicks_to[me]);
    for (int from = 0; from < nodes; ++from)
        if (from != me)
            for (const Click& c : node::receive(from).get_vector<Click>()) join(c);

    if (me != 0) {
        vector<Partial> out;
        for (auto& [camp, t] : total) out.push_back({camp, t.first, t.second});
        node::send(0, out);
        return 0;
    }
    for (int from = 1; from < nodes; ++from)
        for (const Partial& p : node::receive(from).get_vector<Partial>()) {
            auto& t = total[p.campaign];
            t.first += p.clicks, t.second += p.spend;
        }
    for (auto& [camp, t] : total) cout << camp << ' ' << t.first << ' ' << t.second << '\n';
}
