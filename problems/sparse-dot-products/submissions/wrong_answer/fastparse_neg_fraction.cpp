// BLIND WA: hand-written fast parser into thousandths takes the sign from the integer part, so values like -0.25 (integer part -0 == 0) lose their sign
#include <bits/stdc++.h>
using namespace std;
static char buf[1 << 16];
static size_t blen = 0, bpos = 0;
static int gc() {
    if (bpos == blen) { blen = fread(buf, 1, sizeof buf, stdin); bpos = 0; if (!blen) return -1; }
    return buf[bpos++];
}
static long long readInt(int& c) {   // c: char following the number on return
    c = gc();
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = gc();
    bool neg = false;
    if (c == '-') { neg = true; c = gc(); }
    long long x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return neg ? -x : x;
}
static long long readThousandths() {
    int c;
    long long ip = readInt(c);
    long long frac = 0;
    if (c == '.') {
        int digits = 0;
        c = gc();
        while (c >= '0' && c <= '9') { if (digits < 3) { frac = frac * 10 + (c - '0'); digits++; } c = gc(); }
        while (digits < 3) { frac *= 10; digits++; }
    }
    return ip < 0 ? ip * 1000 - frac : ip * 1000 + frac;
}
int main() {
    int c;
    int m = readInt(c), d = readInt(c);
    (void)d;
    vector<int> start(m + 1, 0);
    vector<int> idx;
    vector<long long> val;
    for (int v = 0; v < m; v++) {
        int l = readInt(c);
        for (int t = 0; t < l; t++) {
            idx.push_back(readInt(c));
            val.push_back(readThousandths());
        }
        start[v + 1] = idx.size();
    }
    int q = readInt(c);
    string out;
    char line[64];
    while (q-- > 0) {
        int a = readInt(c), b = readInt(c);
        int i = start[a], ie = start[a + 1], j = start[b], je = start[b + 1];
        long long s = 0;   // millionths, exact
        while (i < ie && j < je) {
            if (idx[i] < idx[j]) i++;
            else if (idx[i] > idx[j]) j++;
            else { s += val[i] * val[j]; i++; j++; }
        }
        snprintf(line, sizeof line, "%.6f\n", s / 1e6);
        out += line;
    }
    fputs(out.c_str(), stdout);
}
