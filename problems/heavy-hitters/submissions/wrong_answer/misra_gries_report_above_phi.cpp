// BLIND WA: Misra-Gries with 10/phi counters but reports counters above phi*N; the counts are underestimates, so true heavy hitters just above phi*N are missed
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static int bufLen = 0, bufPos = 0;
static inline int gc() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof(buf), stdin);
        bufPos = 0;
        if (bufLen <= 0) return -1;
    }
    return buf[bufPos++];
}
static inline bool readU64(uint64_t& x) {
    int c = gc();
    while (c != -1 && (c < '0' || c > '9')) c = gc();
    if (c == -1) return false;
    x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return true;
}
// phi as an integer P with phi = P / 10^4
static long long readPhi() {
    int c = gc();
    while (c != '.' && (c < '0' || c > '9')) c = gc();
    long long whole = 0, frac = 0;
    int digits = 0;
    while (c >= '0' && c <= '9') { whole = whole * 10 + (c - '0'); c = gc(); }
    if (c == '.') {
        c = gc();
        while (c >= '0' && c <= '9') {
            if (digits < 4) { frac = frac * 10 + (c - '0'); digits++; }
            c = gc();
        }
    }
    while (digits < 4) { frac *= 10; digits++; }
    return whole * 10000 + frac;
}

int main() {
    uint64_t N;
    if (!readU64(N)) return 0;
    long long P = readPhi();
    // eps = phi / 10 -> k = 1/eps counters
    size_t k = (size_t)((100000 + P - 1) / P);
    unordered_map<uint64_t, long long> cnt;
    cnt.reserve(k * 2);
    for (uint64_t i = 0; i < N; i++) {
        uint64_t id;
        if (!readU64(id)) break;
        auto it = cnt.find(id);
        if (it != cnt.end()) { it->second++; continue; }
        if (cnt.size() < k) { cnt[id] = 1; continue; }
        // decrement everything, drop zeros
        for (auto jt = cnt.begin(); jt != cnt.end();) {
            if (--jt->second == 0) jt = cnt.erase(jt);
            else ++jt;
        }
    }
    for (auto& [id, c] : cnt)
        if ((__int128)c * 10000 > (__int128)P * N) printf("%llu\n", (unsigned long long)id);
}
