// Accepted (fast, the reference): Misra-Gries as in misra_gries.cpp, with the input parsed by
// hand from a fixed 64 KiB buffer (memory stays O(1/eps) however big the input is) and the
// k = ceil(10/phi) counters in a flat open-addressing table. When a new id finds all k counters
// taken, every counter is decremented and the table is rebuilt from the survivors: at most
// N/(k+1) rebuilds of O(k) each, O(N) in total. Report rule: c + N/(k+1) > phi N.
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

    size_t cap = 16;
    while (cap < (size_t)(4 * k)) cap <<= 1;
    const size_t mask = cap - 1;
    vector<uint64_t> key(cap);
    vector<long long> cnt(cap, 0);  // 0 = empty slot
    long long used = 0;
    auto find = [&](uint64_t id) {
        size_t h = (size_t)((id * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
        while (cnt[h] != 0 && key[h] != id) h = (h + 1) & mask;
        return h;
    };
    vector<pair<uint64_t, long long>> keep;
    for (long long i = 0; i < n; ++i) {
        const uint64_t id = U64();
        size_t h = find(id);
        if (cnt[h] != 0) {
            ++cnt[h];
        } else if (used < k) {
            key[h] = id, cnt[h] = 1, ++used;
        } else {  // decrement all, rebuild without the zeros
            keep.clear();
            for (size_t j = 0; j < cap; ++j)
                if (cnt[j] > 1) keep.push_back({key[j], cnt[j] - 1});
            fill(cnt.begin(), cnt.end(), 0);
            for (auto& [kid, c] : keep) {
                size_t s = find(kid);
                key[s] = kid, cnt[s] = c;
            }
            used = (long long)keep.size();
        }
    }
    string out;
    for (size_t j = 0; j < cap; ++j)
        if (cnt[j] != 0 && (__int128)(cnt[j] * (k + 1) + n) * 10000 > (__int128)p * n * (k + 1))
            out += to_string(key[j]) + '\n';
    fwrite(out.data(), 1, out.size(), stdout);
}
