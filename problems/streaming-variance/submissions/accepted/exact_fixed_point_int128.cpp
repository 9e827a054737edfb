// Accepted (exact; the reference): the input has at most 6 digits after the point, so every
// value is an integer number of micro-units v (|v| <= 2e15). Shift by the first value,
// y = v - v0, and keep Sy = sum y and Sy2 = sum y^2 exactly in __int128 (|Sy2| < 1.7e38 for
// n <= 4e6). Then n * M2 = n * Sy2 - Sy^2 is computed exactly via Sy = q * n + r:
//   M2 = Sy2 - q^2 n - 2 q r - r^2 / n.
// Only the final division rounds. One pass, O(1) memory, hand-written parsing.
#include <bits/stdc++.h>
using namespace std;
using i128 = __int128;

static char buf[1 << 16];
static size_t len = 0, pos = 0;
static int Get() {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return -1;
    }
    return (unsigned char)buf[pos++];
}

static bool ReadMicro(long long& out) {  // decimal with at most 6 fractional digits -> 1e-6 units
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    if (c == -1) return false;
    bool neg = false;
    if (c == '-' || c == '+') neg = c == '-', c = Get();
    long long whole = 0, frac = 0;
    int digits = 0;
    for (; c >= '0' && c <= '9'; c = Get()) whole = whole * 10 + (c - '0');
    if (c == '.')
        for (c = Get(); c >= '0' && c <= '9'; c = Get())
            if (digits < 6) frac = frac * 10 + (c - '0'), ++digits;
    for (; digits < 6; ++digits) frac *= 10;
    long long v = whole * 1000000 + frac;
    out = neg ? -v : v;
    return true;
}

int main() {
    long long n, v0 = 0, v;
    if (!ReadMicro(n)) return 0;
    n /= 1000000;  // the count was read as a decimal too
    i128 sy = 0, sy2 = 0;
    long long got = 0;
    for (; got < n && ReadMicro(v); ++got) {
        if (got == 0) v0 = v;
        i128 y = (i128)v - v0;
        sy += y;
        sy2 += y * y;
    }
    n = got;
    i128 q = sy / n, r = sy % n;
    i128 m2_int = sy2 - q * q * n - 2 * q * r;  // exact; M2 = m2_int - r^2 / n (micro-units^2)
    long double m2 = (long double)m2_int - (long double)r * (long double)r / (long double)n;
    long double mean = ((long double)v0 + (long double)sy / (long double)n) / 1e6L;
    long double population = m2 / (long double)n / 1e12L;
    long double sample = n > 1 ? m2 / (long double)(n - 1) / 1e12L : 0.0L;
    printf("%.10Lf %.10Lf %.10Lf\n", mean, population, sample);
}
