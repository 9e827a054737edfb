// Output limit exceeded (naive): the textbook shuffle join. Every ads row and every click go to
// the node owning hash(ad_id), that node joins. Correct, and balanced on uniform data, but
// all clicks of the hot ad (85% of the table) are sent to ONE node: on the hot big tier that
// node is sent more than a node may be sent (3 MiB), while the others are nearly idle. (It
// also keeps everything it receives, but the receive limit stops it first.)
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

struct Ad {
    uint32_t id, campaign, cap;
};
struct Click {
    uint32_t id, bid;
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

    vector<vector<Ad>> ads_to(nodes);
    vector<vector<Click>> clicks_to(nodes);
    char kind;
    uint32_t id, a, b;
    while (cin >> kind >> id >> a) {
        if (kind == 'A') cin >> b, ads_to[Owner(id, nodes)].push_back({id, a, b});
        else clicks_to[Owner(id, nodes)].push_back({id, a});
    }
    for (int to = 0; to < nodes; ++to) {
        if (to == me) continue;
        node::send(to, ads_to[to]);
        node::send(to, clicks_to[to]);
        vector<Ad>().swap(ads_to[to]);
        vector<Click>().swap(clicks_to[to]);
    }
    vector<Ad> my_ads = std::move(ads_to[me]);
    vector<Click> my_clicks = std::move(clicks_to[me]);
    for (int from = 0; from < nodes; ++from) {
        if (from == me) continue;
        auto got_ads = node::receive(from).get_vector<Ad>();
        auto got_clicks = node::receive(from).get_vector<Click>();
        my_ads.insert(my_ads.end(), got_ads.begin(), got_ads.end());
        my_clicks.insert(my_clicks.end(), got_clicks.begin(), got_clicks.end());
    }

    unordered_map<uint32_t, pair<uint32_t, uint32_t>> ad_of;
    for (const Ad& ad : my_ads) ad_of[ad.id] = {ad.campaign, ad.cap};
    map<int64_t, pair<int64_t, int64_t>> total;
    for (const Click& c : my_clicks) {
        auto it = ad_of.find(c.id);
        if (it == ad_of.end()) continue;
        auto& t = total[it->second.first];
        t.first += 1, t.second += min(c.bid, it->second.second);
    }
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
