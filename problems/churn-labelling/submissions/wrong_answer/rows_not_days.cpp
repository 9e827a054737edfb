// Wrong answer (classic duplicates): counts rows instead of distinct active days. The export
// writes a day in several shards and a user can appear in more than one, so frequency and
// trend are too high for those users. Right on any input without duplicate rows, like
// sample 1.
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
