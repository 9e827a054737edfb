// Time limit exceeded: keeps the log as it came and, for every query, scans all of it for the
// reader's events to rebuild that reader's books and affinities. Correct, but O(N) per query:
// 10^5 queries over 10^6 events are 10^11 steps. The log must be grouped by reader once.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long books, n, queries, snapshot;
    cin >> books >> n >> queries >> snapshot;
    const long long thirty_days = 30LL * 24 * 60 * 60 * 1000;
    vector<int> genre(books), author(books);
    for (long long b = 0; b < books; ++b) cin >> genre[b] >> author[b];
    vector<int> user(n), book(n), progress(n);
    vector<long long> ts(n);
    for (long long i = 0; i < n; ++i) cin >> user[i] >> book[i] >> ts[i] >> progress[i];
    for (long long q = 0; q < queries; ++q) {
        long long u, m;
        cin >> u >> m;
        map<int, pair<int, long long>> mine;  // book -> (furthest, last)
        for (long long i = 0; i < n; ++i)
            if (user[i] == u) {
                auto [it, fresh] = mine.try_emplace(book[i], progress[i], ts[i]);
                if (!fresh) it->second.first = max(it->second.first, progress[i]), it->second.second = max(it->second.second, ts[i]);
            }
        map<int, int> g, a;
        for (auto& [b, r] : mine) {
            if (r.first >= 90) g[genre[b]] += 2, a[author[b]] += 2;
            else if (r.first >= 5 && r.second <= snapshot - thirty_days) g[genre[b]] += 1, a[author[b]] -= 3;
        }
        vector<pair<int, long long>> ranked;
        for (long long j = 0; j < m; ++j) {
            long long c;
            cin >> c;
            if (auto it = mine.find((int)c); it != mine.end() && it->second.first >= 5) continue;
            ranked.push_back({-(g[genre[c]] + a[author[c]]), c});
        }
        sort(ranked.begin(), ranked.end());
        cout << ranked.size();
        for (auto& [s, c] : ranked) cout << ' ' << c;
        cout << '\n';
    }
}
