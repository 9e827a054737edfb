// BLIND WA: two heaps of int; for an even count (lo.top() + hi.top()) / 2.0 adds two ints first, overflowing for values near 2^31 - 1
#include <bits/stdc++.h>
using namespace std;
priority_queue<int> lo;
priority_queue<int, vector<int>, greater<int>> hi;
void add(int v) {
    if (lo.empty() || v <= lo.top()) lo.push(v); else hi.push(v);
    if (lo.size() > hi.size() + 1) { hi.push(lo.top()); lo.pop(); }
    else if (hi.size() > lo.size()) { lo.push(hi.top()); hi.pop(); }
}
int main() {
    char cmd[32];
    while (scanf("%31s", cmd) == 1) {
        if (!strcmp(cmd, "add")) {
            int k; scanf("%d", &k);
            while (k--) { int v; scanf("%d", &v); add(v); }
        } else if (!strcmp(cmd, "median?")) {
            double m;
            if (lo.size() > hi.size()) m = lo.top();
            else m = (lo.top() + hi.top()) / 2.0;
            printf("%.1f\n", m);
            fflush(stdout);
        } else break;
    }
}
