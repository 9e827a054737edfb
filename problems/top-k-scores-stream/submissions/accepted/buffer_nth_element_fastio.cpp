// Accepted (fast, the reference): records go into a flat buffer of 2k; when it is full,
// nth_element moves the best k to the front (O(k) expected) and the rest is dropped. Each flush
// costs O(k) and frees k slots, so the whole stream costs O(N) expected, with no per-record
// heap sift. A record that is not better than the k-th best after the last flush can never
// enter the answer, so it is rejected with one comparison (most of a random stream).
// The input is parsed by hand from a fixed 64 KiB buffer: memory stays O(k).
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
    bool neg = c == '-';
    if (neg) c = Get();
    long long v = 0;
    while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
    return neg ? -v : v;
}

struct Rec {
    long long score, id;
};
static inline bool Better(const Rec& a, const Rec& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
}

int main() {
    int c = Get();
    if (c == -1) return 0;
    --pos;
    const long long n = I64(), k = I64();
    vector<Rec> cand;
    cand.reserve(2 * k);
    bool have_cut = false;
    Rec cut{0, 0};  // the k-th best after the last flush
    auto flush = [&]() {
        nth_element(cand.begin(), cand.begin() + (k - 1), cand.end(), Better);
        cand.resize(k);
        cut = cand[k - 1];
        have_cut = true;
    };
    for (long long i = 0; i < n; ++i) {
        Rec r;
        r.id = I64();
        r.score = I64();
        if (have_cut && !Better(r, cut)) continue;
        cand.push_back(r);
        if ((long long)cand.size() == 2 * k) flush();
    }
    sort(cand.begin(), cand.end(), Better);
    if ((long long)cand.size() > k) cand.resize(k);
    string out;
    char tmp[64];
    for (auto& r : cand) {
        char* e = to_chars(tmp, tmp + 24, r.id).ptr;
        *e++ = ' ';
        e = to_chars(e, e + 24, r.score).ptr;
        *e++ = '\n';
        out.append(tmp, e);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
