// Accepted (fast): the same two rounds as the typical solution (shuffle partial counts to the
// owner of each item, owners send their top k to node 0), made lean:
//   - the shard is parsed by hand as a stream through a 1 MiB buffer;
//   - counts live in a flat open-addressing table (keys and counts in two arrays, no node per
//     item), freed before the owned table is built, so only one table is alive at a time;
//   - the shuffle message is packed: 8-byte id + 4-byte count = 12 bytes per (item, count),
//     sized exactly in a counting pass; a node's own share is never sent to itself;
//   - the top k is taken with nth_element on the owned table, O(D/N + k log k).
#include <bits/stdc++.h>
#include <unistd.h>

#include "message.h"
using namespace std;

namespace {

constexpr uint64_t kEmpty = ~0ULL;  // ids are <= 10^18, so all ones is never an id

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

struct Table {
    vector<uint64_t> key;
    vector<uint32_t> count;
    size_t mask = 0, used = 0;

    explicit Table(size_t expected) {
        size_t cap = 16;
        while (cap * 7 < expected * 10) cap <<= 1;
        key.assign(cap, kEmpty);
        count.assign(cap, 0);
        mask = cap - 1;
    }
    void Add(uint64_t id, uint32_t c) {
        size_t j = Mix(id) & mask;
        while (key[j] != id) {
            if (key[j] == kEmpty) {
                key[j] = id;
                if (++used * 10 > (mask + 1) * 7) {  // load factor <= 0.7
                    Grow();
                    Add(id, c);
                    return;
                }
                break;
            }
            j = (j + 1) & mask;
        }
        count[j] += c;
    }
    void Grow() {
        vector<uint64_t> old_key(2 * (mask + 1), kEmpty);
        vector<uint32_t> old_count(2 * (mask + 1), 0);
        swap(old_key, key);
        swap(old_count, count);
        mask = key.size() - 1;
        for (size_t i = 0; i < old_key.size(); ++i) {
            if (old_key[i] == kEmpty || old_count[i] == 0) continue;
            size_t j = Mix(old_key[i]) & mask;
            while (key[j] != kEmpty) j = (j + 1) & mask;
            key[j] = old_key[i];
            count[j] = old_count[i];
        }
    }
};

// Owner of an item: the high bits of the mix, so it is independent of the table slot (low bits).
int Owner(uint64_t id, int nodes) { return int((Mix(id) >> 40) % uint64_t(nodes)); }

constexpr size_t kPacked = 12;  // uint64 id, uint32 count

struct Entry {
    uint64_t id;
    uint64_t count;
};
bool Better(const Entry& a, const Entry& b) { return a.count != b.count ? a.count > b.count : a.id < b.id; }

vector<Entry> TopK(vector<Entry> v, size_t k) {
    k = min(k, v.size());
    if (k < v.size()) nth_element(v.begin(), v.begin() + k, v.end(), Better);
    v.resize(k);
    sort(v.begin(), v.end(), Better);
    return v;
}

}  // namespace

int main() {
    const int nodes = node::count(), me = node::id();

    // Parse the shard as a stream through a 1 MiB buffer: the shard itself is never held.
    static char buf[1 << 20];
    size_t len = 0, pos = 0;
    bool eof = false;
    auto refill = [&] {  // keep the unread tail, append more
        memmove(buf, buf + pos, len - pos);
        len -= pos;
        pos = 0;
        while (!eof && len < sizeof buf) {
            ssize_t got = read(0, buf + len, sizeof buf - len);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) eof = true;
            else len += size_t(got);
        }
    };
    auto next = [&](uint64_t& v) {  // the next unsigned number; false at the end
        for (;;) {
            while (pos < len && (buf[pos] < '0' || buf[pos] > '9')) ++pos;
            if (pos + 24 > len && !eof) {  // a number may straddle the buffer's end
                refill();
                continue;
            }
            if (pos == len) return false;
            v = 0;
            while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + uint64_t(buf[pos++] - '0');
            return true;
        }
    };
    uint64_t n = 0, k = 0, id = 0;
    next(n);
    next(k);

    Table local(1 << 15);  // grows as needed
    while (next(id)) local.Add(id, 1);

    // Round 1: pack (id, count) per owner, sized exactly.
    vector<size_t> per(nodes, 0);
    for (size_t j = 0; j <= local.mask; ++j)
        if (local.key[j] != kEmpty) ++per[Owner(local.key[j], nodes)];
    vector<string> out(nodes);
    for (int t = 0; t < nodes; ++t) out[t].reserve(per[t] * kPacked);
    for (size_t j = 0; j <= local.mask; ++j) {
        if (local.key[j] == kEmpty) continue;
        char rec[kPacked];
        memcpy(rec, &local.key[j], 8);
        memcpy(rec + 8, &local.count[j], 4);
        out[Owner(local.key[j], nodes)].append(rec, kPacked);
    }
    local = Table(0);
    for (int t = 0; t < nodes; ++t)
        if (t != me) node::send(t, out[t]), string().swap(out[t]);

    // Sum our items' partial counts: our own share first, then every other node's, in order.
    Table owned(per[me] * 3 / 2 + 16);
    auto absorb = [&](const string& bytes) {
        for (size_t off = 0; off + kPacked <= bytes.size(); off += kPacked) {
            uint64_t item;
            uint32_t c;
            memcpy(&item, bytes.data() + off, 8);
            memcpy(&c, bytes.data() + off + 8, 4);
            owned.Add(item, c);
        }
    };
    absorb(out[me]);
    string().swap(out[me]);
    for (int from = 0; from < nodes; ++from)
        if (from != me) absorb(node::receive(from).bytes());

    // Round 2: our top k (global counts) to node 0.
    vector<Entry> mine;
    mine.reserve(owned.used);
    for (size_t j = 0; j <= owned.mask; ++j)
        if (owned.key[j] != kEmpty) mine.push_back({owned.key[j], owned.count[j]});
    owned = Table(0);
    vector<Entry> top = TopK(move(mine), size_t(k));
    if (me != 0) {
        node::send(0, top);
        return 0;
    }
    for (int from = 1; from < nodes; ++from)
        for (const Entry& e : node::receive(from).get_vector<Entry>()) top.push_back(e);
    string text;
    char line[48];
    for (const Entry& e : TopK(move(top), size_t(k))) {
        char* q = to_chars(line, line + 24, e.id).ptr;
        *q++ = ' ';
        q = to_chars(q, line + sizeof line, e.count).ptr;
        *q++ = '\n';
        text.append(line, q);
    }
    fwrite(text.data(), 1, text.size(), stdout);
}
