// Accepted (typical): std::cin and one small struct per user in a vector (user ids are dense).
// Each row updates its user's state at once: the last day seen (to drop a duplicate row of the
// same day), the number of distinct active days in each half of the lookback, the last active
// day before the cut-off, and whether the user came back in the churn window. Features use
// days before the cut-off only. O(rows + U).
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
    vector<User> state(users);
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
    for (const User& u : state)
        if (u.older + u.newer > 0) ++eligible, churned += !u.returned;
    cout << eligible << ' ' << churned << '\n';
    for (long long id = 0; id < users; ++id) {
        const User& u = state[id];
        if (u.older + u.newer == 0) continue;
        cout << id << ' ' << !u.returned << ' ' << cutoff - u.last_active << ' ' << u.older + u.newer << ' '
             << u.newer - u.older << '\n';
    }
}
