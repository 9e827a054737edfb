// Wrong answer: the boundary is off by one. It starts a new session when the silence is G
// seconds or more (>=), but the rule is strictly more than G (>): two events exactly G apart
// are in the same session. Everything else is right, so it passes both samples and fails every
// case with a gap of exactly G.
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
        long long user = ev[i].first, sessions = 1, total = 0;
        long long start = ev[i].second, last = ev[i].second;
        for (++i; i < ev.size() && ev[i].first == user; ++i) {
            long long t = ev[i].second;
            if (t - last >= g) {  // BUG: should be > g
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
