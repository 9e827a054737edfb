// Accepted (rank-error sketch, the reference): a deterministic compactor hierarchy (Manku,
// Rajagopalan, Lindsay; KLL without the randomness). Level h holds up to K items of weight 2^h.
// When level h fills, it is sorted and every other item (alternating the offset between
// compactions) moves up to level h + 1 with double weight. One compaction moves any rank by at
// most 2^h, and level h is compacted at most N / (K 2^h) times, so the total rank error is at
// most N / K per level: with K = 2^14 and ~9 levels for N = 5 * 10^6, about 0.06 % of N. The
// answer is an actual input value, so it works for any value distribution, not just bounded
// integers. Input parsed by hand from a 64 KiB buffer. ~700 KiB of memory.
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
    long long n;
    if (!Int(n)) return 0;
    const size_t K = 1 << 14;
    vector<vector<uint32_t>> level(1);
    vector<int> flip(1, 0);
    level[0].reserve(K);
    for (long long i = 0; i < n; ++i) {
        long long v;
        Int(v);
        level[0].push_back((uint32_t)v);
        for (size_t h = 0; level[h].size() >= K; ++h) {
            if (h + 1 == level.size()) level.emplace_back(), level.back().reserve(K), flip.push_back(0);
            auto& cur = level[h];
            sort(cur.begin(), cur.end());
            for (size_t j = flip[h]; j < cur.size(); j += 2) level[h + 1].push_back(cur[j]);
            flip[h] ^= 1;
            cur.clear();
        }
    }
    vector<pair<uint32_t, long long>> items;  // (value, weight)
    for (size_t h = 0; h < level.size(); ++h)
        for (uint32_t v : level[h]) items.push_back({v, 1LL << h});
    sort(items.begin(), items.end());
    long long total = 0;
    for (auto& it : items) total += it.second;
    for (int Q : {50, 95, 99}) {
        // the weighted nearest rank, scaled to the sketch's total weight
        const long double target = (long double)Q / 100 * total;
        long long seen = 0;
        size_t j = 0;
        while (j + 1 < items.size() && seen + items[j].second < target) seen += items[j++].second;
        printf("%u\n", items[j].first);
    }
}
