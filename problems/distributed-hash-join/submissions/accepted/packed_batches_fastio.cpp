// Accepted (lean, the fastest): the same shuffle join as shuffle_hash_join.cpp, tuned.
//
// - Input is parsed by hand from a 64 KiB buffer (no std::cin, no std::string per row).
// - A record is packed into 12 bytes: a users row is (user_id, country as 8 bytes), an order is
//   (user_id with the high bit set, amount). Ids are below 2^30, so the high bit tells the
//   tables apart and both travel in ONE stream per destination.
// - Outgoing records are flushed in 256 KiB batches while reading: few, big messages, and the
//   node never holds a second copy of its shard.
// - The owner of a user_id keeps one flat open-addressing slot per id with the user's country
//   and the sum and count of its orders, so orders are aggregated as they arrive (the join and
//   the pre-aggregation are one pass, whatever order users and orders come in).
// - Countries are 8-byte integers (the name, NUL-padded, big-endian so that integer order is
//   strcmp order); node 0 merges the per-country partials from every node and prints.
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

#pragma pack(push, 1)
struct Rec {
    uint32_t key;    // user_id, with kOrder set for an order
    uint64_t value;  // users: the country name; orders: the amount
};
struct Partial {
    uint64_t country;
    int64_t total, count;
};
#pragma pack(pop)
static_assert(sizeof(Rec) == 12);
constexpr uint32_t kOrder = 1u << 31;

static int Owner(uint32_t id, int nodes) {
    return (int)(((uint64_t)id * 0x9E3779B97F4A7C15ULL >> 32) % (uint64_t)nodes);
}

struct Table {  // user_id -> (country, sum, count); open addressing, id 0 = empty
    struct Slot {
        uint32_t id, cnt;
        uint64_t country;
        int64_t sum;
    };
    vector<Slot> slots;
    size_t used = 0, mask = 0;
    Table() { Grow(1 << 15); }
    void Grow(size_t cap) {
        vector<Slot> old = std::move(slots);
        slots.assign(cap, Slot{});
        mask = cap - 1;
        for (const Slot& s : old)
            if (s.id) slots[Find(s.id)] = s;
    }
    size_t Find(uint32_t key) const {
        size_t h = (size_t)((uint64_t)key * 0xD6E8FEB86659FD93ULL >> 40) & mask;
        while (slots[h].id != 0 && slots[h].id != key) h = (h + 1) & mask;
        return h;
    }
    void Add(const Rec& r) {
        const uint32_t key = r.key & ~kOrder;
        size_t h = Find(key);
        if (slots[h].id == 0) {
            if (4 * (used + 1) > 3 * slots.size()) Grow(2 * slots.size()), h = Find(key);
            slots[h].id = key, ++used;
        }
        Slot& s = slots[h];
        if (r.key & kOrder) s.sum += (int64_t)r.value, s.cnt += 1;
        else s.country = r.value;
    }
};

int main() {
    const int nodes = node::count(), me = node::id();
    constexpr size_t kBatch = (256 << 10) / sizeof(Rec);
    vector<vector<Rec>> out(nodes);
    for (auto& o : out) o.reserve(kBatch);
    Table table;
    auto route = [&](const Rec& r) {
        const int to = Owner(r.key & ~kOrder, nodes);
        if (to == me) return table.Add(r);
        out[to].push_back(r);
        if (out[to].size() == kBatch) node::send(to, out[to]), out[to].clear();
    };

    for (int c = Get(); c != -1; c = Get()) {
        if (c != 'U' && c != 'O') continue;
        const bool order = c == 'O';
        Get();  // the space
        uint32_t id = 0;
        for (c = Get(); c >= '0' && c <= '9'; c = Get()) id = id * 10 + (uint32_t)(c - '0');
        uint64_t value = 0;
        if (order) {
            for (c = Get(); c >= '0' && c <= '9'; c = Get()) value = value * 10 + (uint64_t)(c - '0');
        } else {
            int shift = 56;
            for (c = Get(); c >= 'A' && c <= 'Z'; c = Get(), shift -= 8) value |= (uint64_t)c << shift;
        }
        route(Rec{order ? id | kOrder : id, value});
    }
    // Flush, then an empty message to every other node: "that was all from me".
    for (int to = 0; to < nodes; ++to) {
        if (to == me) continue;
        if (!out[to].empty()) node::send(to, out[to]);
        node::send(to, nullptr, 0);
        vector<Rec>().swap(out[to]);
    }
    for (int finished = 0; finished < nodes - 1;) {
        node::Message m = node::receive(node::any);
        if (m.size() == 0) {
            ++finished;
            continue;
        }
        for (const Rec& r : m.get_vector<Rec>()) table.Add(r);
    }

    map<uint64_t, pair<int64_t, int64_t>> total;  // country -> (sum, count)
    for (const Table::Slot& s : table.slots)
        if (s.id && s.country && s.cnt) {
            auto& t = total[s.country];
            t.first += s.sum, t.second += s.cnt;
        }
    if (me != 0) {
        vector<Partial> partial;
        for (auto& [c, t] : total) partial.push_back({c, t.first, t.second});
        node::send(0, partial);
        return 0;
    }
    for (int from = 1; from < nodes; ++from)
        for (const Partial& p : node::receive(from).get_vector<Partial>()) {
            auto& t = total[p.country];
            t.first += p.total, t.second += p.count;
        }
    string text;
    for (auto& [c, t] : total) {
        for (int shift = 56; shift >= 0 && (c >> shift & 0xFF); shift -= 8) text += (char)(c >> shift & 0xFF);
        text += ' ', text += to_string(t.first), text += ' ', text += to_string(t.second), text += '\n';
    }
    fwrite(text.data(), 1, text.size(), stdout);
}
