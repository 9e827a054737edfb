// Wrong answer (classic boundary): the lookback is taken as (C - L, C] instead of [C - L, C):
// day C - L is left out and day C, which belongs to the churn window, is counted as recent
// activity (so a user active only on day C is eligible with recency 0). Right for every user
// who is not active on exactly those two days.
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
            if (day > cutoff - lookback && day <= cutoff) {
                if (day < cutoff - lookback / 2) ++u.older;
                else ++u.newer;
                u.last_active = day;
            }
            if (day >= cutoff && day < cutoff + window) {
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
