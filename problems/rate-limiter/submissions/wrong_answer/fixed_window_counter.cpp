// BLIND WA: fixed-window counter (window = floor(t / W)) instead of the sliding window; lets 2R through around a window edge
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    long long R, W;
    if (scanf("%d %lld %lld", &n, &R, &W) != 3) return 0;
    unordered_map<long long, pair<long long, long long>> st;  // client -> (window id, count)
    st.reserve(1 << 19);
    string out;
    out.reserve((size_t)n * 6);
    for (int i = 0; i < n; i++) {
        long long c, t;
        scanf("%lld %lld", &c, &t);
        long long win = t / W;
        auto &s = st[c];
        if (s.second == 0 || s.first != win) s = {win, 0};
        if (s.second < R) {
            s.second++;
            out += "ALLOW\n";
        } else {
            out += "DENY\n";
        }
    }
    fputs(out.c_str(), stdout);
}
