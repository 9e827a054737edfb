// Accepted (fast, the reference): the same formulas as pooled_z.cpp, with the input parsed by
// hand from a 64 KiB buffer and the numbers printed with std::to_chars (fixed, 9 decimals) into
// one output string: scanf and printf("%.9f") are most of the typical solution's time.
// p (1 - p) is computed as (c_a + c_b)(n_a + n_b - c_a - c_b) / (n_a + n_b)^2 from exact
// integers, which also decides the SE = 0 case exactly.
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
static inline long long I64() {
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    long long v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    return v;
}

int main() {
    const long long t = I64();
    string out;
    out.reserve(1 << 20);
    char tmp[128];
    const double inv_sqrt2 = 1 / sqrt(2.0);
    for (long long i = 0; i < t; ++i) {
        const long long ca = I64(), na = I64(), cb = I64(), nb = I64();
        const long long c = ca + cb, n = na + nb;
        if (c == 0 || c == n) {
            out += "0 1\n";
        } else {
            const double pq = (double)c * (double)(n - c) / ((double)n * (double)n);
            const double se = sqrt(pq * ((double)n / ((double)na * (double)nb)));
            const double z = ((double)cb / nb - (double)ca / na) / se;
            char* e = to_chars(tmp, tmp + 60, z, chars_format::fixed, 9).ptr;
            *e++ = ' ';
            e = to_chars(e, e + 60, erfc(fabs(z) * inv_sqrt2), chars_format::fixed, 9).ptr;
            *e++ = '\n';
            out.append(tmp, e);
        }
        if (out.size() > (1 << 20) - 128) fwrite(out.data(), 1, out.size(), stdout), out.clear();
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
