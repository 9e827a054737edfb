// BLIND WA: per-country total kept in an int, which overflows once a country passes 2^31 cents
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

struct Agg {
    int total = 0;
    int count = 0;
};

int main() {
    long long U = readLL();
    unordered_map<uint64_t, int> countryId;  // 8 letters packed -> index
    vector<string> names;
    vector<pair<int, int>> users(U);  // (user_id, country index)
    char c[16];
    for (long long i = 0; i < U; i++) {
        users[i].first = (int)readLL();
        int n = readWord(c);
        uint64_t key = 0;
        memcpy(&key, c, min(n, 8));
        auto [it, fresh] = countryId.try_emplace(key, (int)names.size());
        if (fresh) names.push_back(c);
        users[i].second = it->second;
    }
    sort(users.begin(), users.end());
    long long O = readLL();
    vector<Agg> agg(names.size());
    for (long long i = 0; i < O; i++) {
        readLL();
        int u = (int)readLL();
        int amt = (int)readLL();
        auto it = lower_bound(users.begin(), users.end(), make_pair(u, INT_MIN));
        for (; it != users.end() && it->first == u; ++it) {
            agg[it->second].total += amt;
            agg[it->second].count++;
        }
    }
    vector<int> order(names.size());
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
    for (int k : order)
        if (agg[k].count) printf("%s %d %d\n", names[k].c_str(), agg[k].total, agg[k].count);
}
