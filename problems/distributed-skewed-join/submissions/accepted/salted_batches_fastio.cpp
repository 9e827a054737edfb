// Accepted (lean, the fastest): heavy keys found the same way as heavy_keys_broadcast.cpp, but
// the hot ad's clicks are SALTED: spread round-robin over all nodes, while its ads row is
// replicated to every node (a salted key needs its dimension row on every salt's node).
// Tuned for memory and CPU:
// - input parsed by hand from a 64 KiB buffer into fixed blocks of clicks (no 2x growth);
//   the clicks this node keeps are compacted in place into the same blocks while routing,
//   so the shard is in memory once;
// - records packed (ads 12 bytes, clicks 8), sent in 128 KiB batches: all ads batches first,
//   then an empty message ("no more ads from me"), then the clicks batches and another empty
//   message. Messages between two nodes keep their order, so a receiver has every ad of its
//   partition before the first click arrives and joins each clicks batch as it comes;
// - flat open-addressing tables for the ads and for the per-campaign sums.
#include <bits/stdc++.h>

#include "message.h"
using namespace std;

static char buf[1 << 16];
static size_t len = 0, pos = 0;
static inline int Get() {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return -1;
    }
    return (unsigned char)buf[pos++];
}
static inline uint32_t Num(int& c) {  // c: the character after the number on return
    uint32_t v = 0;
    for (c = Get(); c >= '0' && c <= '9'; c = Get()) v = v * 10 + (uint32_t)(c - '0');
    return v;
}

struct Ad {
    uint32_t id, campaign, cap;
};
struct Click {
    uint32_t id, bid;
};
struct Count {
    uint32_t id;
    uint32_t pad;
    int64_t clicks;
};
struct Partial {
    int64_t campaign, clicks, spend;
};

static inline uint64_t Mix(uint64_t x) { return x * 0x9E3779B97F4A7C15ULL; }
static int Owner(uint32_t id, int nodes) { return (int)((Mix(id) >> 32) % (uint64_t)nodes); }

template <class V>
struct FlatMap {  // uint32 key (0 = empty) -> V; grows at 1/2 load
    vector<uint32_t> keys;
    vector<V> vals;
    size_t used = 0;
    explicit FlatMap(size_t expect = 512) {
        size_t cap = 1024;
        while (cap < 2 * expect) cap <<= 1;
        keys.assign(cap, 0), vals.assign(cap, V{});
    }
    size_t Find(uint32_t k) const {
        const size_t mask = keys.size() - 1;
        size_t h = (size_t)(Mix(k) >> 40) & mask;
        while (keys[h] != 0 && keys[h] != k) h = (h + 1) & mask;
        return h;
    }
    V* Get(uint32_t k) {
        const size_t h = Find(k);
        return keys[h] ? &vals[h] : nullptr;
    }
    V& operator[](uint32_t k) {
        size_t h = Find(k);
        if (keys[h]) return vals[h];
        if (2 * (used + 1) > keys.size()) {
            vector<uint32_t> ok = std::move(keys);
            vector<V> ov = std::move(vals);
            keys.assign(2 * ok.size(), 0), vals.assign(2 * ok.size(), V{});
            for (size_t i = 0; i < ok.size(); ++i)
                if (ok[i]) {
                    const size_t j = Find(ok[i]);
                    keys[j] = ok[i], vals[j] = ov[i];
                }
            h = Find(k);
        }
        ++used, keys[h] = k;
        return vals[h];
    }
};

int main() {
    const int nodes = node::count(), me = node::id();
    constexpr size_t kBlock = 1 << 15;  // clicks per block (256 KiB)
    deque<Ad> ads;
    vector<vector<Click>> blocks;
    size_t clicks = 0;
    for (int c = Get(); c != -1;) {
        if (c == 'A') {
            Get();
            Ad ad;
            ad.id = Num(c), ad.campaign = Num(c), ad.cap = Num(c);
            ads.push_back(ad);
        } else if (c == 'C') {
            Get();
            Click k;
            k.id = Num(c), k.bid = Num(c);
            if (blocks.empty() || blocks.back().size() == kBlock) blocks.emplace_back().reserve(kBlock);
            blocks.back().push_back(k), ++clicks;
        }
        if (c != -1) c = Get();  // past the newline
    }

    // Misra-Gries over the local clicks (64 counters), totals on node 0, heavy list back.
    vector<pair<uint32_t, int64_t>> mg;
    for (const auto& block : blocks)
      for (const Click& k : block) {
        auto it = find_if(mg.begin(), mg.end(), [&](auto& e) { return e.first == k.id; });
        if (it != mg.end()) ++it->second;
        else if (mg.size() < 64) mg.push_back({k.id, 1});
        else {
            for (auto& e : mg) --e.second;
            mg.erase(remove_if(mg.begin(), mg.end(), [](auto& e) { return e.second == 0; }), mg.end());
        }
      }
    vector<Count> top;
    for (auto& [k, n] : mg) top.push_back({k, 0, n});
    top.push_back({0, 0, (int64_t)clicks});
    vector<uint32_t> heavy;
    if (me != 0) {
        node::send(0, top);
        heavy = node::receive(0).get_vector<uint32_t>();
    } else {
        map<uint32_t, int64_t> sum;
        for (int from = 0; from < nodes; ++from)
            for (const Count& c : from == 0 ? top : node::receive(from).get_vector<Count>()) sum[c.id] += c.clicks;
        for (auto& [k, n] : sum)
            if (k != 0 && n > 0 && 2 * nodes * n >= sum[0]) heavy.push_back(k);
        for (int to = 1; to < nodes; ++to) node::send(to, heavy);
    }
    auto is_heavy = [&](uint32_t id) { return find(heavy.begin(), heavy.end(), id) != heavy.end(); };

    // Routing in batches. Ads first, everywhere.
    // This node will own about as many ads as it read (1/N of them) plus the heavy ones.
    FlatMap<pair<uint32_t, uint32_t>> ad_of(ads.size() + ads.size() / 4 + heavy.size() + 64);
    constexpr size_t kBatchBytes = 128 << 10;
    {
        vector<vector<Ad>> out(nodes);
        auto put = [&](int to, const Ad& ad) {
            if (to == me) return void(ad_of[ad.id] = {ad.campaign, ad.cap});
            out[to].push_back(ad);
            if (out[to].size() * sizeof(Ad) >= kBatchBytes) node::send(to, out[to]), out[to].clear();
        };
        for (; !ads.empty(); ads.pop_front()) {
            const Ad& ad = ads.front();
            if (is_heavy(ad.id))
                for (int to = 0; to < nodes; ++to) put(to, ad);
            else
                put(Owner(ad.id, nodes), ad);
        }
        for (int to = 0; to < nodes; ++to)
            if (to != me) {
                if (!out[to].empty()) node::send(to, out[to]);
                node::send(to, nullptr, 0);  // no more ads from me
            }
    }
    size_t kept = 0;  // the clicks this node joins itself: compacted to the front of the blocks
    {
        vector<vector<Click>> out(nodes);
        uint32_t salt = (uint32_t)me;
        for (size_t i = 0; i < clicks; ++i) {
            const Click k = blocks[i / kBlock][i % kBlock];
            const int to = is_heavy(k.id) ? (int)(salt++ % (uint32_t)nodes) : Owner(k.id, nodes);
            if (to == me) {
                blocks[kept / kBlock][kept % kBlock] = k, ++kept;
                continue;
            }
            out[to].push_back(k);
            if (out[to].size() * sizeof(Click) >= kBatchBytes) node::send(to, out[to]), out[to].clear();
        }
        for (int to = 0; to < nodes; ++to)
            if (to != me) {
                if (!out[to].empty()) node::send(to, out[to]);
                node::send(to, nullptr, 0);  // no more clicks from me
            }
        blocks.resize((kept + kBlock - 1) / kBlock);  // free the blocks past the kept clicks
    }

    for (int from = 0; from < nodes; ++from) {
        if (from == me) continue;
        for (node::Message m = node::receive(from); m.size() > 0; m = node::receive(from))
            for (const Ad& ad : m.get_vector<Ad>()) ad_of[ad.id] = {ad.campaign, ad.cap};
    }
    FlatMap<pair<int64_t, int64_t>> total;  // campaign -> (clicks, spend)
    auto join = [&](const Click& k) {
        if (auto* ad = ad_of.Get(k.id)) {
            auto& t = total[ad->first];
            t.first += 1, t.second += min(k.bid, ad->second);
        }
    };
    for (size_t i = 0; i < kept; ++i) join(blocks[i / kBlock][i % kBlock]);
    vector<vector<Click>>().swap(blocks);
    for (int from = 0; from < nodes; ++from) {
        if (from == me) continue;
        for (node::Message m = node::receive(from); m.size() > 0; m = node::receive(from))
            for (const Click& k : m.get_vector<Click>()) join(k);
    }

    vector<Partial> partial;
    for (size_t i = 0; i < total.keys.size(); ++i)
        if (total.keys[i]) partial.push_back({total.keys[i], total.vals[i].first, total.vals[i].second});
    if (me != 0) {
        node::send(0, partial);
        return 0;
    }
    map<int64_t, pair<int64_t, int64_t>> merged;
    for (int from = 0; from < nodes; ++from)
        for (const Partial& p : from == 0 ? partial : node::receive(from).get_vector<Partial>()) {
            auto& t = merged[p.campaign];
            t.first += p.clicks, t.second += p.spend;
        }
    string text;
    char line[64];
    for (auto& [camp, t] : merged)
        text.append(line, (size_t)snprintf(line, sizeof line, "%lld %lld %lld\n", (long long)camp, (long long)t.first,
                                           (long long)t.second));
    fwrite(text.data(), 1, text.size(), stdout);
}
