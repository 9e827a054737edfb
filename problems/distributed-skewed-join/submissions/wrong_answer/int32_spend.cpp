// BLIND WA: skew handled (hot ads' rows broadcast, their clicks stay put), but each node's per-campaign spend is an int32, which wraps for the hot campaign
#include <bits/stdc++.h>
#include "message.h"
using namespace std;

struct AdRow {
    uint32_t ad, campaign, cap;
};
struct Click {
    uint32_t ad, bid;
};
struct Cand {
    uint32_t ad, cnt;
};
struct CampAgg {
    uint32_t campaign;
    uint32_t clicks;
    int32_t spend;
};

static char buf[1 << 15];
static int bufLen = 0, bufPos = 0;
static inline int gc() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof(buf), stdin);
        bufPos = 0;
        if (bufLen <= 0) return -1;
    }
    return buf[bufPos++];
}
static inline int skipSpace() {
    int c = gc();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = gc();
    return c;
}
static inline uint32_t readU32() {
    int c = skipSpace();
    uint32_t x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return x;
}
static inline int ownerOf(uint32_t ad, int P) { return (int)((ad * 2654435761u) >> 16) % P; }

int main() {
    const int P = node::count(), me = node::id();
    vector<AdRow> ads;
    deque<Click> clicks;  // no big reallocations
    for (;;) {
        int t = skipSpace();
        if (t == -1) break;
        if (t == 'A') {
            AdRow r;
            r.ad = readU32();
            r.campaign = readU32();
            r.cap = readU32();
            ads.push_back(r);
        } else {
            Click c;
            c.ad = readU32();
            c.bid = readU32();
            clicks.push_back(c);
        }
    }

    // 1. hot ads: local candidates (at least 1/16 of this shard's clicks) go to node 0
    sort(clicks.begin(), clicks.end(), [](const Click& a, const Click& b) { return a.ad < b.ad; });
    vector<Cand> cand;
    uint32_t localTotal = clicks.size();
    for (size_t i = 0; i < clicks.size();) {
        size_t j = i;
        while (j < clicks.size() && clicks[j].ad == clicks[i].ad) j++;
        if ((j - i) * 16 >= localTotal) cand.push_back({clicks[i].ad, (uint32_t)(j - i)});
        i = j;
    }
    cand.push_back({0, localTotal});  // last entry: the shard's click count
    node::send(0, cand);
    if (me == 0) {
        map<uint32_t, uint64_t> sum;
        uint64_t total = 0;
        for (int p = 0; p < P; p++) {
            auto v = node::receive(p).get_vector<Cand>();
            total += v.back().cnt;
            v.pop_back();
            for (auto& c : v) sum[c.ad] += c.cnt;
        }
        vector<uint32_t> hot;
        for (auto& [ad, c] : sum)
            if (c * 16 >= total) hot.push_back(ad);
        for (int p = 0; p < P; p++) node::send(p, hot);
    }
    vector<uint32_t> hot = node::receive(0).get_vector<uint32_t>();
    auto isHot = [&](uint32_t ad) { return binary_search(hot.begin(), hot.end(), ad); };

    // 2. shuffle: hot rows to every node, other rows and clicks to the owner; hot clicks stay here
    vector<vector<AdRow>> rowsOut(P);
    for (auto& r : ads) {
        if (isHot(r.ad))
            for (int p = 0; p < P; p++) rowsOut[p].push_back(r);
        else
            rowsOut[ownerOf(r.ad, P)].push_back(r);
    }
    vector<AdRow>().swap(ads);
    for (int p = 0; p < P; p++) {
        node::send(p, rowsOut[p]);
        vector<AdRow>().swap(rowsOut[p]);
    }
    {
        vector<vector<Click>> clicksOut(P);
        for (auto& c : clicks)
            if (!isHot(c.ad)) clicksOut[ownerOf(c.ad, P)].push_back(c);
        clicks.erase(remove_if(clicks.begin(), clicks.end(), [&](const Click& c) { return !isHot(c.ad); }), clicks.end());
        clicks.shrink_to_fit();
        for (int p = 0; p < P; p++) node::send(p, clicksOut[p]);
    }

    // 3. join: rows first (they were sent first by every node), then stream the clicks
    vector<AdRow> table;
    for (int p = 0; p < P; p++) {
        auto v = node::receive(p).get_vector<AdRow>();
        table.insert(table.end(), v.begin(), v.end());
    }
    sort(table.begin(), table.end(), [](const AdRow& a, const AdRow& b) { return a.ad < b.ad; });
    unordered_map<uint32_t, CampAgg> agg;
    auto joinOne = [&](const Click& c) {
        auto it = lower_bound(table.begin(), table.end(), c.ad, [](const AdRow& r, uint32_t v) { return r.ad < v; });
        if (it == table.end() || it->ad != c.ad) return;
        CampAgg& a = agg[it->campaign];
        a.campaign = it->campaign;
        a.clicks++;
        a.spend += min(c.bid, it->cap);
    };
    for (auto& c : clicks) joinOne(c);
    deque<Click>().swap(clicks);
    for (int p = 0; p < P; p++) {
        node::Message m = node::receive(p);
        while (!m.done()) joinOne(m.get<Click>());
    }

    // 4. per-campaign partials to node 0
    vector<CampAgg> part;
    for (auto& [k, v] : agg) part.push_back(v);
    node::send(0, part);
    if (me == 0) {
        map<uint32_t, pair<long long, long long>> res;
        for (int p = 0; p < P; p++)
            for (auto& a : node::receive(p).get_vector<CampAgg>()) {
                auto& r = res[a.campaign];
                r.first += a.clicks;
                r.second += a.spend;
            }
        for (auto& [c, v] : res) printf("%u %lld %lld\n", c, v.first, v.second);
    }
}
