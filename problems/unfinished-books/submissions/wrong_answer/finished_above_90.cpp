// Wrong answer (classic boundary): "finished" is progress > 90 instead of >= 90. E-readers
// put the notes and the index in the last pages, so many readers stop at exactly 90%: the
// statement calls that finished (it counts +2 for the author), this calls it abandoned (-3).
#include <bits/stdc++.h>
using namespace std;

struct Reading {
    int furthest = -1;
    long long last = LLONG_MIN;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long books, n, queries, snapshot;
    cin >> books >> n >> queries >> snapshot;
    const long long thirty_days = 30LL * 24 * 60 * 60 * 1000;
    vector<int> genre(books), author(books);
    for (long long b = 0; b < books; ++b) cin >> genre[b] >> author[b];
    unordered_map<long long, Reading> reading;
    reading.reserve((size_t)n);
    for (long long i = 0; i < n; ++i) {
        long long u, b, ts;
        int p;
        cin >> u >> b >> ts >> p;
        Reading& r = reading[u * books + b];
        r.furthest = max(r.furthest, p);
        r.last = max(r.last, ts);
    }
    unordered_map<long long, int> genre_aff, author_aff;  // key reader * 100000 + id
    unordered_set<long long> started;
    for (auto& [key, r] : reading) {
        if (r.furthest < 5) continue;
        const long long u = key / books, b = key % books;
        started.insert(key);
        if (r.furthest > 90) {
            genre_aff[u * 100000 + genre[b]] += 2;
            author_aff[u * 100000 + author[b]] += 2;
        } else if (r.last <= snapshot - thirty_days) {
            genre_aff[u * 100000 + genre[b]] += 1;
            author_aff[u * 100000 + author[b]] -= 3;
        }
    }
    for (long long q = 0; q < queries; ++q) {
        long long u, m;
        cin >> u >> m;
        vector<pair<int, long long>> ranked;
        for (long long j = 0; j < m; ++j) {
            long long c;
            cin >> c;
            if (started.count(u * books + c)) continue;
            int score = 0;
            if (auto it = genre_aff.find(u * 100000 + genre[c]); it != genre_aff.end()) score += it->second;
            if (auto it = author_aff.find(u * 100000 + author[c]); it != author_aff.end()) score += it->second;
            ranked.push_back({-score, c});
        }
        sort(ranked.begin(), ranked.end());
        cout << ranked.size();
        for (auto& [s, c] : ranked) cout << ' ' << c;
        cout << '\n';
    }
}
