// Memory limit exceeded: the streaming idea is right (state per user, nothing per row), but
// the state lives in a std::map keyed by user id. Each of the 10^6 users costs a 64-byte tree
// node (three pointers and a colour besides the 28 bytes of key and state): ~70 MB against
// 32 MiB, where a vector indexed by the dense id needs 20 bytes a user. It is also slow: every
// one of the 2 * 10^7 rows is a search of ~20 pointer hops through nodes scattered in memory.
#include <bits/stdc++.h>
using namespace std;

struct User {
    int last_seen = -1;
    int last_active = -1;
    int older = 0, newer = 0;
    bool returned = false;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long users, cutoff, lookback, window, blocks;
    cin >> users >> cutoff >> lookback >> window >> blocks;
    map<long long, User> state;
    for (long long b = 0; b < blocks; ++b) {
        int day;
        long long m;
        cin >> day >> m;
        long long id = 0;
        for (long long i = 0; i < m; ++i) {
            long long gap;
            cin >> gap;
            id += gap;
            User& u = state[id];
            if (u.last_seen == day) continue;
            u.last_seen = day;
            if (day >= cutoff - lookback && day < cutoff) {
                if (day < cutoff - lookback / 2) ++u.older;
                else ++u.newer;
                u.last_active = day;
            } else if (day >= cutoff && day < cutoff + window) {
                u.returned = true;
            }
        }
    }
    long long eligible = 0, churned = 0;
    for (const auto& [id, u] : state)
        if (u.older + u.newer > 0) ++eligible, churned += !u.returned;
    cout << eligible << ' ' << churned << '\n';
    for (const auto& [id, u] : state) {
        if (u.older + u.newer == 0) continue;
        cout << id << ' ' << !u.returned << ' ' << cutoff - u.last_active << ' ' << u.older + u.newer << ' '
             << u.newer - u.older << '\n';
    }
}
