// Accepted (fast, the reference): two heaps as in two_heaps.cpp, over plain vectors with
// std::push_heap / pop_heap and 32-bit values (they fit: |v| <= 10^9), with the input parsed by
// hand from a 64 KiB buffer. A new value that lands on the side that is already too big is
// exchanged with that side's top in one step, so every value does at most one push and one
// pop-and-push.
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
    vector<int> low, high;  // low: max-heap, ceil(i/2) values; high: min-heap, floor(i/2)
    low.reserve(n / 2 + 1), high.reserve(n / 2 + 1);
    auto gt = greater<int>();
    long long total = 0;
    for (long long i = 0; i < n; ++i) {
        long long x;
        Int(x);
        int v = (int)x;
        if (low.size() == high.size()) {  // low must grow: v, or high's top if that is smaller
            if (!high.empty() && v > high.front()) {
                pop_heap(high.begin(), high.end(), gt);
                swap(v, high.back());
                push_heap(high.begin(), high.end(), gt);
            }
            low.push_back(v), push_heap(low.begin(), low.end());
        } else {  // high must grow: v, or low's top if that is larger
            if (v < low.front()) {
                pop_heap(low.begin(), low.end());
                swap(v, low.back());
                push_heap(low.begin(), low.end());
            }
            high.push_back(v), push_heap(high.begin(), high.end(), gt);
        }
        total += low.front();
    }
    printf("%lld\n", total);
}
