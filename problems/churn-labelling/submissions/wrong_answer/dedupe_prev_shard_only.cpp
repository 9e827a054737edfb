// BLIND WA: duplicate active days removed only against the immediately previous shard of the same day; a user in shards 1 and 3 of a day counts twice
#include <bits/stdc++.h>
using namespace std;
static char ibuf[1 << 16]; static size_t ipos = 0, ilen = 0;
static inline int gc() { if (ipos == ilen) { ilen = fread(ibuf, 1, sizeof ibuf, stdin); ipos = 0; if (!ilen) return -1; } return ibuf[ipos++]; }
static inline long long rd() { int c = gc(); while (c != '-' && (c < '0' || c > '9')) { if (c < 0) return 0; c = gc(); } long long x = 0; while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); } return x; }
int main() {
    int U = rd(), C = rd(), L = rd(), W = rd(); long long B = rd();
    vector<int> lastBefore(U, -1);
    vector<uint16_t> freq(U, 0), newer(U, 0), older(U, 0);
    vector<uint8_t> inWin(U, 0);
    int lo = C - L, mid = C - L / 2;
    vector<int> prev, cur; int prevDay = -1;
    for (long long b = 0; b < B; b++) {
        int d = rd(); long long m = rd(); int id = 0;
        if (d != prevDay) prev.clear();
        cur.clear(); size_t p = 0;
        for (long long i = 0; i < m; i++) {
            int x = rd(); id = (i == 0) ? x : id + x;
            cur.push_back(id);
            while (p < prev.size() && prev[p] < id) p++;
            if (p < prev.size() && prev[p] == id) continue;
            if (d < C) { lastBefore[id] = d; if (d >= lo) { freq[id]++; if (d >= mid) newer[id]++; else older[id]++; } }
            else if (d < C + W) inWin[id] = 1;
        }
        prev.swap(cur); prevDay = d;
    }
    long long elig = 0, churned = 0;
    for (int i = 0; i < U; i++) if (freq[i]) { elig++; if (!inWin[i]) churned++; }
    printf("%lld %lld\n", elig, churned);
    for (int i = 0; i < U; i++) if (freq[i])
        printf("%d %d %d %d %d\n", i, inWin[i] ? 0 : 1, C - lastBefore[i], (int)freq[i], (int)newer[i] - (int)older[i]);
}
