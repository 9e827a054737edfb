// Accepted (order statistics, offline): the whole input is known, so compress the values to
// ranks 1..U (sort the indices once), and keep a Fenwick tree of counts per rank. After inserting the
// i-th value, the lower median is the k-th smallest with k = ceil(i/2), found by binary lifting
// down the Fenwick tree in O(log U). The same structure answers any quantile, not just the
// median, and supports deletions (a sliding window) for free.
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
static inline bool Int(long long& v) {
    int c = Get();
    while (c != -1 && c <= ' ') c = Get();
    if (c == -1) return false;
    bool neg = c == '-';
    if (neg) c = Get();
    v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    if (neg) v = -v;
    return true;
}

int main() {
    long long n = 0;
    if (!Int(n)) return 0;
    vector<long long> v(n);
    for (auto& x : v) Int(x);
    // ranks by sorting the indices once (cheaper than a binary search per value)
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return v[a] < v[b]; });
    vector<int> rank(n);
    vector<long long> sorted_vals;  // the distinct values, ascending
    sorted_vals.reserve(n);
    for (int j : order) {
        if (sorted_vals.empty() || sorted_vals.back() != v[j]) sorted_vals.push_back(v[j]);
        rank[j] = (int)sorted_vals.size();  // 1-based
    }
    const int u = (int)sorted_vals.size();
    vector<int> tree(u + 1, 0);
    int top = 1;
    while (top * 2 <= u) top *= 2;
    long long total = 0;
    for (long long i = 0; i < n; ++i) {
        for (int r = rank[i]; r <= u; r += r & -r) ++tree[r];
        int k = (int)((i + 2) / 2);  // ceil((i + 1) / 2)
        int at = 0;
        for (int step = top; step > 0; step /= 2)
            if (at + step <= u && tree[at + step] < k) at += step, k -= tree[at];
        total += sorted_vals[at];  // rank at + 1, 0-based index at
    }
    printf("%lld\n", total);
}
