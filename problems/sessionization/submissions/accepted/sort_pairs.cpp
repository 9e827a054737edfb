// Accepted (typical): read every event as a (user_id, timestamp) pair, sort the pairs, and walk
// them once. Within a user, an event whose distance to the previous event is more than G starts
// a new session; otherwise it extends the current one. O(N log N) time, O(N) memory.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, g;
    if (!(cin >> n >> g)) return 0;
    vector<pair<long long, long long>> ev(n);
    for (auto& [u, t] : ev) cin >> u >> t;
    sort(ev.begin(), ev.end());
    string out;
    size_t i = 0;
    while (i < ev.size()) {
        long long user = ev[i].first, sessions = 0, total = 0;
        long long start = ev[i].second, last = ev[i].second;
        sessions = 1;
        for (++i; i < ev.size() && ev[i].first == user; ++i) {
            long long t = ev[i].second;
            if (t - last > g) {  // strictly more than G of silence: a new session
                total += last - start;
                ++sessions;
                start = t;
            }
            last = t;
        }
        total += last - start;
        out += to_string(user) + ' ' + to_string(sessions) + ' ' + to_string(total) + '\n';
    }
    cout << out;
}
