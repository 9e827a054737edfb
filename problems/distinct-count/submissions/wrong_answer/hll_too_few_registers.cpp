// BLIND WA: HyperLogLog with only m = 2^10 registers (standard error 3.3%), so large counts miss the 2% tolerance
#include <bits/stdc++.h>
using namespace std;

static inline uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

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
    const int P = 10;
    const int M = 1 << P;
    vector<uint8_t> reg(M, 0);
    uint64_t n;
    if (!readU64(n)) { printf("0\n"); return 0; }
    for (uint64_t i = 0; i < n; i++) {
        uint64_t id;
        if (!readU64(id)) break;
        uint64_t h = mix(id);
        uint32_t idx = h >> (64 - P);
        uint64_t w = h << P;
        uint8_t rho = w ? __builtin_clzll(w) + 1 : 64 - P + 1;
        if (rho > reg[idx]) reg[idx] = rho;
    }
    double sum = 0;
    int zeros = 0;
    for (int i = 0; i < M; i++) {
        sum += ldexp(1.0, -reg[i]);
        if (reg[i] == 0) zeros++;
    }
    double alpha = 0.7213 / (1 + 1.079 / M);
    double E = alpha * M * M / sum;
    if (E <= 2.5 * M && zeros > 0) E = M * log((double)M / zeros);  // small range correction
    printf("%.3f\n", E);
}
