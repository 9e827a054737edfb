// Accepted (fast, the reference): eager aggregation with flat arrays. Parse by hand from one
// 64 KiB buffer at a time. An open-addressing table holds the distinct customer ids of the
// customers table with per-customer (order count, amount sum); every order adds to its
// customer's slot. Then every customers row adds its customer's (count, sum * weight) to its
// segment, whose ids are small integers (an array). O(D + O); the hot key costs nothing extra.
#include <bits/stdc++.h>
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
static inline bool Int(long long& v) {
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    if (c == -1) return false;
    v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    return true;
}

int main() {
    long long d = 0, o = 0;
    if (!Int(d)) return 0;
    vector<array<long long, 3>> dim(d);
    long long max_seg = 0;
    for (auto& r : dim) Int(r[0]), Int(r[1]), Int(r[2]), max_seg = max(max_seg, r[1]);
    // open addressing, keyed by the customer ids of the customers table (ids are >= 1, so 0
    // marks an empty slot); orders of unknown customers are skipped
    size_t cap = 16;
    while (cap < 2 * (size_t)d) cap <<= 1;
    const size_t mask = cap - 1;
    vector<long long> key(cap, 0), cnt(cap, 0), sum(cap, 0);
    auto slot = [&](long long id) {
        size_t h = (size_t)((unsigned long long)id * 0x9E3779B97F4A7C15ULL >> 29) & mask;
        while (key[h] != 0 && key[h] != id) h = (h + 1) & mask;
        return h;
    };
    for (auto& r : dim) key[slot(r[0])] = r[0];
    Int(o);
    for (long long i = 0; i < o; ++i) {
        long long cid, amount;
        Int(cid), Int(amount);
        const size_t h = slot(cid);
        if (key[h] == 0) continue;
        ++cnt[h], sum[h] += amount;
    }
    vector<long long> seg_rows(max_seg + 1, 0), seg_total(max_seg + 1, 0);
    vector<char> seen(max_seg + 1, 0);
    for (auto& [cid, seg, w] : dim) {
        const size_t h = slot(cid);
        if (cnt[h] == 0) continue;
        seg_rows[seg] += cnt[h], seg_total[seg] += sum[h] * w, seen[seg] = 1;
    }
    string out;
    char line[64];
    for (long long s = 0; s <= max_seg; ++s)
        if (seen[s]) out.append(line, snprintf(line, sizeof line, "%lld %lld %lld\n", s, seg_rows[s], seg_total[s]));
    fwrite(out.data(), 1, out.size(), stdout);
}
