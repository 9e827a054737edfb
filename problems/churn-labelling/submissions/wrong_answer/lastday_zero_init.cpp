// BLIND WA: last-seen-day array zero-initialised, so a user's first activity on day 0 is skipped as a duplicate shard
#include <bits/stdc++.h>
using namespace std;
static char ibuf[1 << 16]; static size_t ipos = 0, ilen = 0;
static inline int gc() { if (ipos == ilen) { ilen = fread(ibuf, 1, sizeof ibuf, stdin); ipos = 0; if (!ilen) return -1; } return ibuf[ipos++]; }
static inline long long rd() { int c = gc(); while (c != '-' && (c < '0' || c > '9')) { if (c < 0) return 0; c = gc(); } bool neg = false; if (c == '-') { neg = true; c = gc(); } long long x = 0; while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); } return neg ? -x : x; }
int main() {
    int U = rd(), C = rd(), L = rd(), W = rd(); long long B = rd();
    int *lastDay = (int *)calloc(U, sizeof(int));
    int *lastBefore = (int *)calloc(U, sizeof(int));
    uint16_t *freq = (uint16_t *)calloc(U, 2), *newer = (uint16_t *)calloc(U, 2);
    uint8_t *inWin = (uint8_t *)calloc(U, 1);
    int lo = C - L, mid = C - L / 2;
    for (long long b = 0; b < B; b++) {
        int d = rd(); long long m = rd(); int id = 0;
        for (long long i = 0; i < m; i++) {
            int x = rd(); id = (i == 0) ? x : id + x;
            if (lastDay[id] == d) continue;
            lastDay[id] = d;
            if (d < C) { lastBefore[id] = d; if (d >= lo) { freq[id]++; if (d >= mid) newer[id]++; } }
            else if (d < C + W) inWin[id] = 1;
        }
    }
    long long elig = 0, churned = 0;
    for (int i = 0; i < U; i++) if (freq[i]) { elig++; if (!inWin[i]) churned++; }
    printf("%lld %lld\n", elig, churned);
    for (int i = 0; i < U; i++) if (freq[i])
        printf("%d %d %d %d %d\n", i, inWin[i] ? 0 : 1, C - lastBefore[i], (int)freq[i], 2 * (int)newer[i] - (int)freq[i]);
}
