// Time limit exceeded: handles the duplicate rows by collecting each day's users in a vector
// and adding a user only if std::find does not see it there yet, then updates the per-user
// arrays once per distinct (user, day). Right, and the memory is small, but the check is
// O(m) per row: a day with 5 * 10^5 active users costs ~10^11 comparisons.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long users, cutoff, lookback, window, blocks;
    cin >> users >> cutoff >> lookback >> window >> blocks;
    vector<int> last_active(users, -1), older(users, 0), newer(users, 0);
    vector<char> returned(users, 0);
    vector<int> today;
    int current_day = -1;
    auto flush_day = [&] {
        for (int u : today) {
            const int day = current_day;
            if (day >= cutoff - lookback && day < cutoff) {
                if (day < cutoff - lookback / 2) ++older[u];
                else ++newer[u];
                last_active[u] = day;
            } else if (day >= cutoff && day < cutoff + window) {
                returned[u] = 1;
            }
        }
        today.clear();
    };
    for (long long b = 0; b < blocks; ++b) {
        int day;
        long long m;
        cin >> day >> m;
        if (day != current_day) flush_day(), current_day = day;
        long long id = 0;
        for (long long i = 0; i < m; ++i) {
            long long gap;
            cin >> gap;
            id += gap;
            if (find(today.begin(), today.end(), (int)id) == today.end()) today.push_back((int)id);
        }
    }
    flush_day();
    long long eligible = 0, churned = 0;
    for (long long u = 0; u < users; ++u)
        if (older[u] + newer[u] > 0) ++eligible, churned += !returned[u];
    cout << eligible << ' ' << churned << '\n';
    for (long long u = 0; u < users; ++u) {
        if (older[u] + newer[u] == 0) continue;
        cout << u << ' ' << (returned[u] ? 0 : 1) << ' ' << cutoff - last_active[u] << ' ' << older[u] + newer[u] << ' '
             << newer[u] - older[u] << '\n';
    }
}
