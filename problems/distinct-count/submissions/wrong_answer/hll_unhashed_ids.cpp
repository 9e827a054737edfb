// Wrong answer: HyperLogLog with m = 2^16 registers and the small-range correction, but on the
// raw ids instead of hashed ids: the register index is the low 16 bits of the id and the rank
// comes from the leading zeros of the id. HLL assumes uniformly random hash bits. Small
// distinct ids (the samples) land in distinct registers and linear counting is exact, but ids
// whose low bits are all zero (i << 32) all land in register 0, and sequential ids share their
// leading zeros: the estimates are off by orders of magnitude. Hash first (splitmix64).
#include <bits/stdc++.h>
using namespace std;

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
        const size_t j = id & (m - 1);                     // BUG: no hash
        const uint8_t rank = id == 0 ? 65 : (uint8_t)(__builtin_clzll(id) + 1);
        reg[j] = max(reg[j], rank);
    }
    double sum = 0;
    size_t zeros = 0;
    for (uint8_t r : reg) sum += ldexp(1.0, -r), zeros += r == 0;
    const double alpha = 0.7213 / (1 + 1.079 / m);
    double e = alpha * m * m / sum;
    if (e <= 2.5 * m && zeros > 0) e = m * log((double)m / zeros);
    printf("%.1f\n", e);
}
