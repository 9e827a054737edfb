// Accepted (fast): Space-Saving with k = ceil(1/eps) counters. The counters live in a binary
// min-heap indexed by an open-addressing table id -> heap slot (with backward-shift deletion),
// so an id that is tracked costs one probe and a short sift-down, and an untracked id replaces
// the minimum counter (count + 1, the new id inherits its count as the over-estimate). With k
// counters every estimate c satisfies f <= c <= f + N/k and N/k <= eps N, so reporting every id
// with c > phi N reports every true heavy hitter (c >= f > phi N) and nothing below
// (phi - eps) N. Input is parsed by hand from a fixed 64 KiB buffer: memory stays O(1/eps).
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
static string Token() {
    string s;
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    while (c > ' ') s += (char)c, c = Get();
    return s;
}
static inline uint64_t U64() {
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    uint64_t v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    return v;
}

struct Table {  // id -> heap slot, linear probing, power-of-two capacity, load <= 1/2
    vector<uint64_t> key;
    vector<int> val;  // -1 = empty
    size_t mask;
    explicit Table(size_t k) {
        size_t cap = 16;
        while (cap < 2 * k) cap <<= 1;
        key.assign(cap, 0), val.assign(cap, -1), mask = cap - 1;
    }
    size_t Home(uint64_t id) const { return (size_t)((id * 0x9E3779B97F4A7C15ULL) >> 40) & mask; }
    size_t Find(uint64_t id) const {
        size_t h = Home(id);
        while (val[h] != -1 && key[h] != id) h = (h + 1) & mask;
        return h;
    }
    void Erase(uint64_t id) {
        size_t h = Find(id);
        val[h] = -1;
        for (size_t j = (h + 1) & mask; val[j] != -1; j = (j + 1) & mask) {
            size_t home = Home(key[j]);
            // move j back to the hole h if its home is not in (h, j]
            if (((j - home) & mask) >= ((j - h) & mask)) {
                key[h] = key[j], val[h] = val[j], val[j] = -1, h = j;
            }
        }
    }
};

int main() {
    string first = Token();
    if (first.empty()) return 0;
    const long long n = stoll(first);
    string phi_text = Token();
    size_t dot = phi_text.find('.');
    string frac = dot == string::npos ? "" : phi_text.substr(dot + 1);
    while (frac.size() < 4) frac += '0';
    const long long p = stoll(phi_text.substr(0, dot)) * 10000 + stoll(frac.substr(0, 4));
    const long long k = (100000 + p - 1) / p;

    Table table(k);
    vector<uint64_t> hid;       // heap of (count, id), min at 0
    vector<long long> hcount;
    hid.reserve(k), hcount.reserve(k);
    auto place = [&](size_t i) { table.val[table.Find(hid[i])] = (int)i; };
    auto sift_down = [&](size_t i) {
        const size_t m = hid.size();
        for (;;) {
            size_t l = 2 * i + 1, s = i;
            if (l < m && hcount[l] < hcount[s]) s = l;
            if (l + 1 < m && hcount[l + 1] < hcount[s]) s = l + 1;
            if (s == i) break;
            swap(hid[i], hid[s]), swap(hcount[i], hcount[s]);
            place(i), place(s);
            i = s;
        }
    };
    auto sift_up = [&](size_t i) {
        while (i > 0 && hcount[(i - 1) / 2] > hcount[i]) {
            size_t q = (i - 1) / 2;
            swap(hid[i], hid[q]), swap(hcount[i], hcount[q]);
            place(i), place(q);
            i = q;
        }
    };
    for (long long i = 0; i < n; ++i) {
        uint64_t id = U64();
        size_t h = table.Find(id);
        if (table.val[h] != -1) {
            size_t at = (size_t)table.val[h];
            ++hcount[at];
            sift_down(at);
        } else if ((long long)hid.size() < k) {
            table.key[h] = id, table.val[h] = (int)hid.size();
            hid.push_back(id), hcount.push_back(1);
            sift_up(hid.size() - 1);
        } else {
            table.Erase(hid[0]);
            hid[0] = id;
            ++hcount[0];
            size_t h2 = table.Find(id);
            table.key[h2] = id, table.val[h2] = 0;
            sift_down(0);
        }
    }
    string out;
    for (size_t i = 0; i < hid.size(); ++i)
        if ((__int128)hcount[i] * 10000 > (__int128)p * n) out += to_string(hid[i]) + '\n';
    fwrite(out.data(), 1, out.size(), stdout);
}
