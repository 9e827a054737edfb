// Wrong answer (classic leakage): the frequency and the trend count every active day up to
// the end of the churn window, not only the days before the cut-off. A model trained on such
// features learns "users who were active after the cut-off did not churn" and is useless on
// the day it is deployed. The labels are right; the features of every returning user are not.
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
                ++u.newer;  // leaks the label window into the features
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
