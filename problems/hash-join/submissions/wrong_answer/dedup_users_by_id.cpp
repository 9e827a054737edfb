// BLIND WA: treats user_id as a key: after sorting users it drops rows with a repeated user_id, so a user with several rows joins only once (the SQL join counts every row)
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
    // one row per user
    sort(users.begin(), users.end());
    users.erase(unique(users.begin(), users.end(), [](const pair<int, int>& a, const pair<int, int>& b) { return a.first == b.first; }), users.end());
    long long O = readLL();
    vector<long long> total(names.size(), 0), cnt(names.size(), 0);
    for (long long i = 0; i < O; i++) {
        readLL();
        int u = (int)readLL();
        long long amt = readLL();
        auto it = lower_bound(users.begin(), users.end(), make_pair(u, INT_MIN));
        if (it == users.end() || it->first != u) continue;
        total[it->second] += amt;
        cnt[it->second]++;
    }
    vector<int> order(names.size());
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
    for (int k : order)
        if (cnt[k]) printf("%s %lld %lld\n", names[k].c_str(), total[k], cnt[k]);
}
