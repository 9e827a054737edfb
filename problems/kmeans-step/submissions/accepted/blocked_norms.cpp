// Accepted (fast): ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2, and ||x||^2 is the same for every
// centroid, so a point goes to the argmin of ||c||^2 - 2 x.c (norms of the centroids computed
// once). Coordinates are integers in [-1000, 1000] and d <= 64, so x.c fits in 32 bits. The
// centroids are stored transposed (d rows of k values), so the inner loop adds x_t * c[t][0..k)
// into k independent int32 accumulators: no reduction, contiguous, vectorised by the compiler.
// Points are parsed from one buffer. Ties (equal keys) keep the smaller index: the argmin scan
// uses a strict comparison.
#include <bits/stdc++.h>
using namespace std;

static vector<char> in;
static const char* p;

static int ReadInt() {
    while (*p && *p != '-' && (*p < '0' || *p > '9')) ++p;
    bool neg = *p == '-';
    if (neg) ++p;
    int v = 0;
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
    const int n = ReadInt(), d = ReadInt(), k = ReadInt();
    vector<int> x((size_t)n * d);
    for (auto& v : x) v = ReadInt();
    vector<int> c((size_t)k * d), ct((size_t)d * k);
    vector<long long> cnorm(k, 0);
    for (int j = 0; j < k; ++j)
        for (int t = 0; t < d; ++t) {
            int v = ReadInt();
            c[(size_t)j * d + t] = v;
            ct[(size_t)t * k + j] = v;
            cnorm[j] += (long long)v * v;
        }
    vector<long long> sum((size_t)k * d, 0), size(k, 0);
    vector<int> acc(k);
    for (int i = 0; i < n; ++i) {
        const int* px = &x[(size_t)i * d];
        fill(acc.begin(), acc.end(), 0);
        for (int t = 0; t < d; ++t) {
            const int xt = px[t];
            const int* row = &ct[(size_t)t * k];
            for (int j = 0; j < k; ++j) acc[j] += xt * row[j];
        }
        int best = 0;
        long long best_key = cnorm[0] - 2LL * acc[0];
        for (int j = 1; j < k; ++j) {
            const long long key = cnorm[j] - 2LL * acc[j];
            if (key < best_key) best_key = key, best = j;
        }
        ++size[best];
        long long* s = &sum[(size_t)best * d];
        for (int t = 0; t < d; ++t) s[t] += px[t];
    }
    string out;
    out.reserve((size_t)k * (d + 1) * 16);
    char buf[48];
    for (int j = 0; j < k; ++j) {
        out += to_string(size[j]);
        for (int t = 0; t < d; ++t) {
            double v = size[j] ? (double)sum[(size_t)j * d + t] / size[j] : (double)c[(size_t)j * d + t];
            int len = snprintf(buf, sizeof buf, " %.9f", v);
            out.append(buf, len);
        }
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
