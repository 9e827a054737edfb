// Accepted (fast): scores have at most 6 decimals in [0, 1], so each is an exact integer
// v = score * 10^6 in [0, 10^6], parsed by hand from one read buffer (no floating point).
// Count positives and negatives per v, then one sweep over the 10^6 + 1 buckets in ascending v
// does what the sort did: a bucket is a tie group. O(N + 10^6) time, exact integer arithmetic.
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<char> in(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    const char* p = in.data();
    auto skip = [&] { while (*p && (unsigned char)*p <= ' ') ++p; };
    skip();
    long long n = 0;
    while (*p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
    const int kScale = 1000000;
    vector<uint32_t> pos(kScale + 1, 0), neg(kScale + 1, 0);
    for (long long i = 0; i < n; ++i) {
        skip();
        long long whole = 0, frac = 0, digits = 0;
        while (*p >= '0' && *p <= '9') whole = whole * 10 + (*p++ - '0');
        if (*p == '.') {
            ++p;
            while (*p >= '0' && *p <= '9') {
                if (digits < 6) frac = frac * 10 + (*p - '0'), ++digits;
                ++p;
            }
        }
        while (digits < 6) frac *= 10, ++digits;
        long long v = whole * kScale + frac;
        skip();
        (*p++ == '1' ? pos : neg)[v]++;
    }
    long long negatives_below = 0, half_pairs = 0, P = 0;
    for (int v = 0; v <= kScale; ++v) {
        long long a = pos[v], b = neg[v];
        half_pairs += 2 * a * negatives_below + a * b;
        negatives_below += b;
        P += a;
    }
    printf("%.12f\n", double(half_pairs) / (2.0 * double(P) * double(negatives_below)));
}
