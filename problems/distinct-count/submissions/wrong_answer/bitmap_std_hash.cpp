// BLIND WA: linear counting on an 8 MiB bitmap indexed by std::hash<uint64_t>, which is the identity: ids whose low bits are all zero collide in one bit
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

int main() {
    const uint64_t BITS = 1ULL << 26;  // 8 MiB
    vector<uint64_t> bitmap(BITS / 64, 0);
    uint64_t n;
    if (!readU64(n)) { printf("0\n"); return 0; }
    std::hash<uint64_t> hasher;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t id;
        if (!readU64(id)) break;
        uint64_t b = hasher(id) & (BITS - 1);
        bitmap[b >> 6] |= 1ULL << (b & 63);
    }
    uint64_t set = 0;
    for (uint64_t w : bitmap) set += __builtin_popcountll(w);
    double zeros = (double)(BITS - set);
    double E = (double)BITS * log((double)BITS / zeros);
    printf("%.3f\n", E);
}
