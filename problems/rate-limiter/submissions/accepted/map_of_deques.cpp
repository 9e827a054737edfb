// Accepted (typical): sliding-window log. Per client, a deque holds the timestamps of its
// ALLOWED requests that are still inside the window. For a request at t, pop the timestamps
// with s <= t - W; the request is allowed when fewer than R remain, and only then is t pushed.
// Each request is pushed and popped at most once: O(N) expected time, O(allowed in window)
// memory per client (at most R).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, r, w;
    if (!(cin >> n >> r >> w)) return 0;
    unordered_map<long long, deque<long long>> log;
    log.reserve(1 << 16);
    string out;
    out.reserve(n * 6);
    for (long long i = 0; i < n; ++i) {
        long long c, t;
        cin >> c >> t;
        deque<long long>& q = log[c];
        while (!q.empty() && q.front() <= t - w) q.pop_front();
        if ((long long)q.size() < r) {
            q.push_back(t);
            out += "ALLOW\n";
        } else {
            out += "DENY\n";
        }
    }
    cout << out;
}
