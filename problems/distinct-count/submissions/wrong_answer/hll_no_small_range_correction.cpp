// Wrong answer: HyperLogLog with m = 2^16 registers and a good hash, but only the raw
// estimate alpha_m m^2 / sum 2^-M[j]. With few distinct ids most registers are still 0 and
// each contributes 2^0 = 1 to the sum, so the raw estimate is about 0.72 m = 47 000 however
// few ids there are: 1 000 distinct ids come out as ~48 000. It is right on the big cases
// (many more distinct ids than registers) and fails every small one. The fix is the
// small-range correction: linear counting m ln(m / V) while the estimate is <= 2.5 m.
#include <bits/stdc++.h>
using namespace std;

static inline uint64_t Mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int b = 16;
    const size_t m = size_t(1) << b;
    vector<uint8_t> reg(m, 0);
    long long n = 0;
    if (!(cin >> n)) return 0;
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        const uint64_t h = Mix(id);
        const uint64_t rest = h << b;
        const uint8_t rank = rest == 0 ? (uint8_t)(64 - b + 1) : (uint8_t)(__builtin_clzll(rest) + 1);
        reg[h >> (64 - b)] = max(reg[h >> (64 - b)], rank);
    }
    double sum = 0;
    for (uint8_t r : reg) sum += ldexp(1.0, -r);
    const double alpha = 0.7213 / (1 + 1.079 / m);
    printf("%.1f\n", alpha * m * m / sum);  // BUG: no linear counting for small cardinalities
}
