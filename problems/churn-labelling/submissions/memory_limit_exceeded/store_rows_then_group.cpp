// Memory limit exceeded: the dataframe way. Read every (user, day) row into one table, sort it
// by user and day, drop duplicate rows, then compute each user's label and features from
// their group. Correct, but 2 * 10^7 rows of 8 bytes are 160 MB (more while the vector grows)
// against 64 MiB: the table is the one thing that does not need to exist.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long users, cutoff, lookback, window, blocks;
    cin >> users >> cutoff >> lookback >> window >> blocks;
    vector<pair<int, int>> rows;
    for (long long b = 0; b < blocks; ++b) {
        int day;
        long long m;
        cin >> day >> m;
        long long id = 0;
        for (long long i = 0; i < m; ++i) {
            long long gap;
            cin >> gap;
            id += gap;
            rows.push_back({(int)id, day});
        }
    }
    sort(rows.begin(), rows.end());
    rows.erase(unique(rows.begin(), rows.end()), rows.end());
    long long eligible = 0, churned = 0;
    ostringstream out;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        int older = 0, newer = 0, last_active = -1;
        bool returned = false;
        for (; j < rows.size() && rows[j].first == rows[i].first; ++j) {
            const int d = rows[j].second;
            if (d >= cutoff - lookback && d < cutoff) {
                (d < cutoff - lookback / 2 ? older : newer) += 1;
                last_active = d;
            } else if (d >= cutoff && d < cutoff + window) {
                returned = true;
            }
        }
        if (older + newer > 0) {
            ++eligible;
            churned += !returned;
            out << rows[i].first << ' ' << !returned << ' ' << cutoff - last_active << ' ' << older + newer << ' '
                << newer - older << '\n';
        }
        i = j;
    }
    cout << eligible << ' ' << churned << '\n' << out.str();
}
