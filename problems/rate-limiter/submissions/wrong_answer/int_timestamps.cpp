// BLIND WA: timestamps and W stored in int; t up to 2e12 and W up to 1e12 overflow
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, R, W;
    if (scanf("%d %d %d", &n, &R, &W) != 3) return 0;
    unordered_map<int, deque<int>> st;
    st.reserve(1 << 19);
    string out;
    out.reserve((size_t)n * 6);
    for (int i = 0; i < n; i++) {
        int c, t;
        scanf("%d %d", &c, &t);
        auto &q = st[c];
        while (!q.empty() && q.front() <= t - W) q.pop_front();
        if ((int)q.size() < R) {
            q.push_back(t);
            out += "ALLOW\n";
        } else {
            out += "DENY\n";
        }
    }
    fputs(out.c_str(), stdout);
}
