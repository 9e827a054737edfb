// Time limit exceeded: finds the distinct users, then for each user rescans the whole log to
// collect that user's timestamps, sorts them and splits them into sessions. Correct, but
// O(U * N) for U users: with hundreds of thousands of users and millions of events that is
// around 10^11 comparisons.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, g;
    if (!(cin >> n >> g)) return 0;
    vector<long long> user(n), ts(n);
    for (long long i = 0; i < n; ++i) cin >> user[i] >> ts[i];
    vector<long long> ids(user);
    sort(ids.begin(), ids.end());
    ids.erase(unique(ids.begin(), ids.end()), ids.end());
    string out;
    vector<long long> mine;
    for (long long id : ids) {
        mine.clear();
        for (long long i = 0; i < n; ++i)
            if (user[i] == id) mine.push_back(ts[i]);
        sort(mine.begin(), mine.end());
        long long sessions = 1, total = 0, start = mine[0];
        for (size_t j = 1; j < mine.size(); ++j) {
            if (mine[j] - mine[j - 1] > g) {
                total += mine[j - 1] - start;
                ++sessions;
                start = mine[j];
            }
        }
        total += mine.back() - start;
        out += to_string(id) + ' ' + to_string(sessions) + ' ' + to_string(total) + '\n';
    }
    cout << out;
}
