// BLIND WA: country packed into a uint64 with memcpy (little-endian) and groups sorted by that integer, which is not strcmp order
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static int bufLen = 0, bufPos = 0;
static inline int gc() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof(buf), stdin);
        bufPos = 0;
        if (bufLen <= 0) return -1;
    }
    return buf[bufPos++];
}
static inline int skipSpace() {
    int c = gc();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = gc();
    return c;
}
static inline long long readLL() {
    int c = skipSpace();
    long long x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return x;
}
// reads one word into s (up to 15 chars), NUL-terminated; returns its length
static inline int readWord(char* s) {
    int c = skipSpace(), n = 0;
    while (c > ' ') { if (n < 15) s[n++] = (char)c; c = gc(); }
    s[n] = 0;
    return n;
}

int main() {
    long long U = readLL();
    vector<pair<int, uint64_t>> users(U);  // (user_id, country packed in 8 bytes)
    char c[16];
    for (long long i = 0; i < U; i++) {
        users[i].first = (int)readLL();
        int n = readWord(c);
        uint64_t k = 0;
        memcpy(&k, c, min(n, 8));
        users[i].second = k;
    }
    sort(users.begin(), users.end());
    long long O = readLL();
    unordered_map<uint64_t, pair<long long, long long>> agg;
    for (long long i = 0; i < O; i++) {
        readLL();
        int u = (int)readLL();
        long long amt = readLL();
        auto it = lower_bound(users.begin(), users.end(), make_pair(u, (uint64_t)0));
        for (; it != users.end() && it->first == u; ++it) {
            auto& a = agg[it->second];
            a.first += amt;
            a.second++;
        }
    }
    vector<pair<uint64_t, pair<long long, long long>>> out(agg.begin(), agg.end());
    sort(out.begin(), out.end());
    for (auto& [k, v] : out) {
        char s[9] = {0};
        memcpy(s, &k, 8);
        printf("%s %lld %lld\n", s, v.first, v.second);
    }
}
