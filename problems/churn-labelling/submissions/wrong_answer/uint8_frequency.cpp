// BLIND WA: frequency and half counts kept in uint8_t to save memory; they wrap past 255 active days (L up to 10000)
#include <bits/stdc++.h>
using namespace std;
static char ibuf[1 << 16]; static size_t ipos = 0, ilen = 0;
static inline int gc() { if (ipos == ilen) { ilen = fread(ibuf, 1, sizeof ibuf, stdin); ipos = 0; if (!ilen) return -1; } return ibuf[ipos++]; }
static inline long long rd() { int c = gc(); while (c != '-' && (c < '0' || c > '9')) { if (c < 0) return 0; c = gc(); } bool neg = false; if (c == '-') { neg = true; c = gc(); } long long x = 0; while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); } return neg ? -x : x; }
int main() {
    int U = rd(), C = rd(), L = rd(), W = rd(); long long B = rd();
    vector<int> lastDay(U, -1), lastBefore(U, -1);
    vector<uint8_t> freq(U, 0), newer(U, 0), older(U, 0), inWin(U, 0);
    int lo = C - L, mid = C - L / 2;
    for (long long b = 0; b < B; b++) {
        int d = rd(); long long m = rd(); int id = 0;
        for (long long i = 0; i < m; i++) {
            int x = rd(); id = (i == 0) ? x : id + x;
            if (lastDay[id] == d) continue;
            lastDay[id] = d;
            if (d < C) { lastBefore[id] = d; if (d >= lo) { freq[id]++; if (d >= mid) newer[id]++; else older[id]++; } }
            else if (d < C + W) inWin[id] = 1;
        }
    }
    long long elig = 0, churned = 0;
    for (int i = 0; i < U; i++) if (freq[i] || newer[i] || older[i]) { elig++; if (!inWin[i]) churned++; }
    string out; out.reserve(1 << 20);
    out += to_string(elig) + " " + to_string(churned) + "\n";
    char line[96];
    for (int i = 0; i < U; i++) if (freq[i] || newer[i] || older[i]) {
        snprintf(line, sizeof line, "%d %d %d %d %d\n", i, inWin[i] ? 0 : 1, C - lastBefore[i], (int)freq[i], (int)newer[i] - (int)older[i]);
        out += line;
        if (out.size() > (1 << 20)) { fputs(out.c_str(), stdout); out.clear(); }
    }
    fputs(out.c_str(), stdout);
}
