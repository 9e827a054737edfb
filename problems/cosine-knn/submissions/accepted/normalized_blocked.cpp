// Accepted (fast): read everything from one buffer, store the items once as a contiguous
// row-major float matrix padded to a multiple of 8 columns, and precompute 1 / ||item|| once.
// Components are integers in [-100, 100] and d <= 128, so every partial sum of a dot product is
// an integer below 2^24: the float dot product is exact in any summation order. That lets the
// inner loop keep 8 independent accumulators, which the compiler turns into SIMD (no
// -ffast-math needed). Queries go in blocks of 16, so the item matrix streams through the cache
// once per block rather than once per query (it is ~25 MB on the big cases, bigger than L2/L3).
// Selection: a bounded heap per query with a one-comparison reject. O(Q * N * d / SIMD).
#include <bits/stdc++.h>
using namespace std;

static vector<char> in;
static const char* p;

static long long ReadInt() {
    while (*p && *p != '-' && (*p < '0' || *p > '9')) ++p;
    bool neg = *p == '-';
    if (neg) ++p;
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return neg ? -v : v;
}

int main() {
    in.resize(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    p = in.data();
    const int n = (int)ReadInt(), d = (int)ReadInt(), k = (int)ReadInt();
    const int dp = (d + 7) / 8 * 8;
    vector<float> items((size_t)n * dp, 0.0f);
    vector<double> inv_norm(n);
    for (int i = 0; i < n; ++i) {
        float* row = &items[(size_t)i * dp];
        long long sq = 0;
        for (int j = 0; j < d; ++j) {
            long long x = ReadInt();
            row[j] = (float)x;
            sq += x * x;
        }
        inv_norm[i] = sq ? 1.0 / sqrt((double)sq) : 0.0;  // a zero vector has cosine 0
    }
    const int q = (int)ReadInt();
    const int take = min(k, n);
    // Queries are processed in blocks of kBlock: one pass over the item matrix serves the whole
    // block, so each item row is loaded from memory once per block instead of once per query.
    const int kBlock = 16;
    vector<float> queries((size_t)kBlock * dp, 0.0f);
    vector<float> dots((size_t)kBlock * n);
    vector<pair<double, int>> key;  // (-score, id): ascending = best first, ties by id
    string out;
    out.reserve((size_t)q * take * 7 + 16);
    char buf[16];
    for (int t0 = 0; t0 < q; t0 += kBlock) {
        const int b = min(kBlock, q - t0);
        for (int t = 0; t < b; ++t)
            for (int j = 0; j < d; ++j) queries[(size_t)t * dp + j] = (float)ReadInt();
        for (int i = 0; i < n; ++i) {
            const float* row = &items[(size_t)i * dp];
            for (int t = 0; t < b; ++t) {
                const float* qv = &queries[(size_t)t * dp];
                float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
                for (int j = 0; j < dp; j += 8)
                    for (int l = 0; l < 8; ++l) acc[l] += row[j + l] * qv[j + l];
                dots[(size_t)t * n + i] =
                    ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
            }
        }
        for (int t = 0; t < b; ++t) {
            const float* dt = &dots[(size_t)t * n];
            // Bounded heap of the best `take` (score, id) so far; its front is the worst kept.
            // After the first few hundred items almost every item fails the single comparison
            // with the front, so selection is O(N) with a tiny constant.
            // The query norm is the same for every item, so it does not change the order.
            key.clear();
            for (int i = 0; i < n; ++i) {
                pair<double, int> c{-(double)dt[i] * inv_norm[i], i};
                if ((int)key.size() < take) {
                    key.push_back(c);
                    push_heap(key.begin(), key.end());
                } else if (c < key.front()) {
                    pop_heap(key.begin(), key.end());
                    key.back() = c;
                    push_heap(key.begin(), key.end());
                }
            }
            sort(key.begin(), key.end());
            for (int r = 0; r < take; ++r) {
                int len = snprintf(buf, sizeof buf, r + 1 < take ? "%d " : "%d", key[r].second);
                out.append(buf, len);
            }
            out += '\n';
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
