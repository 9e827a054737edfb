// BLIND WA: each owner keeps its per-country total in an int before sending it to node 0; a country's share passes 2^31 and wraps
#include <bits/stdc++.h>
#include "message.h"
using namespace std;

struct UserRow {
    uint32_t uid;
    char country[9];  // NUL-terminated
};
struct OrderRow {
    uint32_t uid;
    uint32_t amount;
};
struct CountryAgg {
    char country[9];
    int total;
    int count;
};

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
static inline uint32_t readU32() {
    int c = skipSpace();
    uint32_t x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return x;
}

int main() {
    const int P = node::count(), me = node::id();
    vector<vector<UserRow>> users(P);
    vector<vector<OrderRow>> orders(P);
    for (;;) {
        int t = skipSpace();
        if (t == -1) break;
        uint32_t uid = readU32();
        int owner = uid % P;
        if (t == 'U') {
            UserRow r{};
            r.uid = uid;
            int c = skipSpace(), n = 0;
            while (c >= 'A' && c <= 'Z') { if (n < 8) r.country[n++] = (char)c; c = gc(); }
            users[owner].push_back(r);
        } else {
            orders[owner].push_back({uid, readU32()});
        }
    }
    // shuffle: users rows first, then orders rows, to the owner uid % P
    for (int p = 0; p < P; p++) {
        node::send(p, users[p]);
        vector<UserRow>().swap(users[p]);
        node::send(p, orders[p]);
        vector<OrderRow>().swap(orders[p]);
    }
    vector<UserRow> myUsers;
    vector<OrderRow> myOrders;
    for (int p = 0; p < P; p++) {
        auto u = node::receive(p).get_vector<UserRow>();
        myUsers.insert(myUsers.end(), u.begin(), u.end());
        auto o = node::receive(p).get_vector<OrderRow>();
        myOrders.insert(myOrders.end(), o.begin(), o.end());
    }
    sort(myUsers.begin(), myUsers.end(), [](const UserRow& a, const UserRow& b) { return a.uid < b.uid; });
    map<string, pair<int, int>> agg;
    for (const OrderRow& o : myOrders) {
        auto it = lower_bound(myUsers.begin(), myUsers.end(), o.uid, [](const UserRow& a, uint32_t v) { return a.uid < v; });
        if (it == myUsers.end() || it->uid != o.uid) continue;
        auto& a = agg[it->country];
        a.first += o.amount;
        a.second++;
    }
    vector<CountryAgg> part;
    for (auto& [c, v] : agg) {
        CountryAgg x{};
        memcpy(x.country, c.c_str(), c.size() + 1);
        x.total = v.first;
        x.count = v.second;
        part.push_back(x);
    }
    node::send(0, part);

    if (me == 0) {
        map<string, pair<long long, long long>> res;
        for (int p = 0; p < P; p++)
            for (const CountryAgg& x : node::receive(p).get_vector<CountryAgg>()) {
                auto& r = res[x.country];
                r.first += x.total;
                r.second += x.count;
            }
        for (auto& [c, v] : res) printf("%s %lld %lld\n", c.c_str(), v.first, v.second);
    }
}
