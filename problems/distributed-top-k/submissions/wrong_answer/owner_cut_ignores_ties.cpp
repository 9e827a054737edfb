// BLIND WA: each owner cuts its items to K with nth_element on the count alone, so at a tie on the K-th count it may keep larger ids and drop smaller ones
#include <bits/stdc++.h>
#include "message.h"
using namespace std;

struct IC {
    uint64_t id;
    int64_t cnt;
};

static inline uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

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
static inline bool readU64(uint64_t& x) {
    int c = gc();
    while (c != -1 && (c < '0' || c > '9')) c = gc();
    if (c == -1) return false;
    x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return true;
}

static bool better(const IC& a, const IC& b) { return a.cnt != b.cnt ? a.cnt > b.cnt : a.id < b.id; }

int main() {
    const int P = node::count(), me = node::id();
    uint64_t N = 0, K = 0;
    readU64(N);
    readU64(K);
    vector<uint64_t> ev;
    uint64_t x;
    while (readU64(x)) ev.push_back(x);
    sort(ev.begin(), ev.end());

    // local counts, shuffled to the owner hash(id) % P
    vector<vector<IC>> out(P);
    for (size_t i = 0; i < ev.size();) {
        size_t j = i;
        while (j < ev.size() && ev[j] == ev[i]) j++;
        out[mix(ev[i]) % P].push_back({ev[i], (int64_t)(j - i)});
        i = j;
    }
    vector<uint64_t>().swap(ev);
    for (int p = 0; p < P; p++) {
        node::send(p, out[p]);
        vector<IC>().swap(out[p]);
    }

    // owner: sum the partial counts of its items
    unordered_map<uint64_t, int64_t> sum;
    for (int p = 0; p < P; p++)
        for (const IC& e : node::receive(p).get_vector<IC>()) sum[e.id] += e.cnt;
    vector<IC> tot;
    tot.reserve(sum.size());
    for (auto& [id, c] : sum) tot.push_back({id, c});
    unordered_map<uint64_t, int64_t>().swap(sum);
    // keep this owner's K best
    if (tot.size() > K) {
        nth_element(tot.begin(), tot.begin() + K, tot.end(), [](const IC& a, const IC& b) { return a.cnt > b.cnt; });
        tot.resize(K);
    }
    node::send(0, tot);

    if (me == 0) {
        vector<IC> all;
        for (int p = 0; p < P; p++) {
            auto v = node::receive(p).get_vector<IC>();
            all.insert(all.end(), v.begin(), v.end());
        }
        sort(all.begin(), all.end(), better);
        if (all.size() > K) all.resize(K);
        string s;
        for (const IC& e : all) s += to_string(e.id) + " " + to_string(e.cnt) + "\n";
        fwrite(s.data(), 1, s.size(), stdout);
    }
}
