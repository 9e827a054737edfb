// Accepted (best): one buffer, events packed as (reader * 2^17 + book, ts, progress) and
// sorted, so each (reader, book) is a run: its furthest progress and last timestamp in one
// pass. Each reader's runs then give, in the same pass, the reader's started books (sorted by
// id), genre affinities (a small sorted list) and author affinities (a sorted list), all in
// flat arrays with an offset per reader. A query is binary searches in its reader's lists:
// O(N log N + sum of m * log). 30 days in ms is 2 592 000 000: past int, kept in 64 bits.
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static size_t pos = 0, len = 0;
static int Get() {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return -1;
    }
    return (unsigned char)buf[pos++];
}
static long long Int() {
    int c = Get();
    while (c == ' ' || c == '\n') c = Get();
    long long v = 0;
    for (; c >= '0' && c <= '9'; c = Get()) v = v * 10 + (c - '0');
    return v;
}

struct Event {
    uint64_t key;  // reader << 17 | book
    long long ts;
    int progress;
};

int main() {
    const long long books = Int(), n = Int(), queries = Int(), snapshot = Int();
    const long long cutoff = snapshot - 30LL * 24 * 3600 * 1000;
    vector<int> genre(books), author(books);
    for (long long b = 0; b < books; ++b) genre[b] = (int)Int(), author[b] = (int)Int();
    vector<Event> ev(n);
    for (auto& e : ev) {
        const uint64_t u = (uint64_t)Int(), b = (uint64_t)Int();
        e.key = u << 17 | b;
        e.ts = Int();
        e.progress = (int)Int();
    }
    sort(ev.begin(), ev.end(), [](const Event& a, const Event& b) { return a.key < b.key; });

    // Per reader (in id order): started books, genre and author affinities, as sorted runs.
    vector<long long> reader_id;                 // readers that have events
    vector<size_t> started_at{0}, genre_at{0}, author_at{0};
    vector<int> started;                         // book ids
    vector<pair<int, int>> genre_aff, author_aff;  // (genre or author, affinity)
    map<int, int> g_acc, a_acc;
    for (size_t i = 0; i < ev.size();) {
        const uint64_t reader = ev[i].key >> 17;
        g_acc.clear(), a_acc.clear();
        for (; i < ev.size() && (ev[i].key >> 17) == reader;) {
            const uint64_t key = ev[i].key;
            int furthest = 0;
            long long last = LLONG_MIN;
            for (; i < ev.size() && ev[i].key == key; ++i) furthest = max(furthest, ev[i].progress), last = max(last, ev[i].ts);
            if (furthest < 5) continue;
            const int b = (int)(key & ((1 << 17) - 1));
            started.push_back(b);
            if (furthest >= 90) g_acc[genre[b]] += 2, a_acc[author[b]] += 2;
            else if (last <= cutoff) g_acc[genre[b]] += 1, a_acc[author[b]] -= 3;
        }
        reader_id.push_back((long long)reader);
        for (auto& kv : g_acc) genre_aff.push_back(kv);
        for (auto& kv : a_acc) author_aff.push_back(kv);
        started_at.push_back(started.size()), genre_at.push_back(genre_aff.size()), author_at.push_back(author_aff.size());
    }

    auto lookup = [](const vector<pair<int, int>>& v, size_t from, size_t to, int key) {
        auto it = lower_bound(v.begin() + (long)from, v.begin() + (long)to, make_pair(key, INT_MIN));
        return it != v.begin() + (long)to && it->first == key ? it->second : 0;
    };
    string out;
    vector<pair<int, int>> ranked;  // (-score, book)
    for (long long q = 0; q < queries; ++q) {
        const long long u = Int(), m = Int();
        const size_t r = (size_t)(lower_bound(reader_id.begin(), reader_id.end(), u) - reader_id.begin());
        const bool has = r < reader_id.size() && reader_id[r] == u;
        ranked.clear();
        for (long long j = 0; j < m; ++j) {
            const int c = (int)Int();
            if (has) {
                if (binary_search(started.begin() + (long)started_at[r], started.begin() + (long)started_at[r + 1], c)) continue;
                const int score = lookup(genre_aff, genre_at[r], genre_at[r + 1], genre[c]) +
                                  lookup(author_aff, author_at[r], author_at[r + 1], author[c]);
                ranked.push_back({-score, c});
            } else {
                ranked.push_back({0, c});
            }
        }
        sort(ranked.begin(), ranked.end());
        out += to_string(ranked.size());
        for (auto& [s, c] : ranked) out += ' ', out += to_string(c);
        out += '\n';
        if (out.size() > (1 << 16)) fwrite(out.data(), 1, out.size(), stdout), out.clear();
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
