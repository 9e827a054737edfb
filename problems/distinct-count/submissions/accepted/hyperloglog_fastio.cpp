// Accepted (fast, the reference): HyperLogLog with m = 2^16 one-byte registers (64 KiB), the
// splitmix64 finalizer as the hash, and the input parsed by hand from a fixed 64 KiB buffer.
// The register index is the top 16 bits of the hash; the register keeps the largest
// "position of the first 1 bit" of the remaining 48 bits (1..49). The estimate is Ertl's
// improved estimator, accurate at every cardinality: no switch to linear counting and no bias
// bump where the classic estimator switches (see classic_hyperloglog.cpp). Standard error
// 1.04 / sqrt(m) = 0.41 %, so the 2 % bound is ~5 sigma.
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
static inline bool U64(uint64_t& v) {
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    if (c == -1) return false;
    v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    return true;
}
static inline uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

int main() {
    const int b = 16;
    const size_t m = size_t(1) << b;
    vector<uint8_t> reg(m, 0);
    uint64_t n = 0, id;
    if (!U64(n)) return 0;
    for (uint64_t i = 0; i < n && U64(id); ++i) {
        const uint64_t h = Mix(id);
        const size_t j = h >> (64 - b);
        const uint64_t rest = h << b;  // the low 48 bits, moved to the top
        const uint8_t rank = rest == 0 ? (uint8_t)(64 - b + 1) : (uint8_t)(__builtin_clzll(rest) + 1);
        if (rank > reg[j]) reg[j] = rank;
    }
    // Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog
    // sketches", 2017): alpha_inf m^2 / z with z built from the register histogram C. It has no
    // bias bump between 2.5 m and 5 m, unlike the classic raw estimate, and needs no
    // empirical bias tables; for few ids it behaves like linear counting.
    const int q = 64 - b;
    vector<double> c(q + 2, 0);
    for (uint8_t r : reg) c[r] += 1;
    auto sigma = [](double x) -> double {  // x + sum_k x^(2^k) 2^(k-1)
        if (x == 1) return INFINITY;
        double y = 1, z = x, prev;
        do {
            x *= x, prev = z, z += x * y, y += y;
        } while (z != prev);
        return z;
    };
    auto tau = [](double x) -> double {  // (1 - x - sum_k (1 - x^(2^-k))^2 2^-k) / 3
        if (x == 0 || x == 1) return 0.0;
        double y = 1, z = 1 - x, prev;
        do {
            x = sqrt(x), prev = z, y *= 0.5, z -= (1 - x) * (1 - x) * y;
        } while (z != prev);
        return z / 3;
    };
    const double md = (double)m;
    double z = md * tau(1 - c[q + 1] / md);
    for (int k = q; k >= 1; --k) z = 0.5 * (z + c[k]);
    z += md * sigma(c[0] / md);
    const double e = md * md / (2 * log(2.0)) / z;
    printf("%.1f\n", e);
}
