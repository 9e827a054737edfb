// Generator for unfinished-books.
//
//   gen --n U --seed S [--books B] [--genres G] [--authors A] [--reads R] [--queries Q]
//       [--cands C]
//
// Writes "B N Q T", the B books "genre author", the N reading events "user book ts progress"
// in random order, and the Q queries "user m c_1 .. c_m". U readers each read about R books
// (popular books more often). Every (reader, book) gets an outcome: opened only (furthest
// progress 1-4), finished (90-100), abandoned (5-89, last event 30 days or more before T) or
// still reading (5-89, last event within the 30 days), with 1 to 6 events of growing progress;
// a finished book is sometimes re-opened at the start later (its last event has progress 0-3),
// and the boundaries (progress exactly 5 and 90, a last event exactly 30 days before T) are
// hit on purpose. T is about 1.7 * 10^12 ms. Queries ask for C distinct candidates (fewer when
// B is small), some of them books the reader started or opened. B is capped at 20U + 20 and Q
// at 10U + 10, so the small --n of judge stress gives a small input.
// Only std::mt19937_64 is used and every mapping to a range is written here (no
// std::*_distribution), so the output is identical across standard libraries.
#include <bits/stdc++.h>
using namespace std;

static mt19937_64 rng;

static uint64_t Below(uint64_t n) {  // uniform in [0, n), Lemire's multiply-shift, unbiased
    uint64_t x = rng();
    unsigned __int128 m = (unsigned __int128)x * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t t = -n % n;
        while (low < t) {
            x = rng();
            m = (unsigned __int128)x * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}
static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }

int main(int argc, char** argv) {
    long long readers = 10, books = 0, genres = 20, authors = 0, reads = 8, queries = 0, cands = 20;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") readers = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--books") books = stoll(val);
        else if (key == "--genres") genres = stoll(val);
        else if (key == "--authors") authors = stoll(val);
        else if (key == "--reads") reads = stoll(val);
        else if (key == "--queries") queries = stoll(val);
        else if (key == "--cands") cands = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    readers = max(1LL, min(readers, 1000000LL));
    if (books <= 0) books = max(1LL, readers / 2);
    books = min(books, min(100000LL, 20 * readers + 20));  // judge stress: small --n, small input
    genres = max(1LL, min(genres, 100LL));
    if (authors <= 0) authors = max(1LL, books / 4);
    authors = min(authors, 100000LL);
    if (queries <= 0) queries = max(1LL, readers / 2);
    queries = min(queries, 10 * readers + 10);
    cands = max(1LL, min(cands, books));
    rng.seed(seed);
    const long long day = 86400000LL, T = 1700000000000LL + (long long)Below(100000000000ULL);

    string out;
    string head_books;
    for (long long b = 0; b < books; ++b) {
        const long long g = min(genres - 1, (long long)(Unit() * Unit() * (double)genres));  // a few big genres
        const long long a = min(authors - 1, (long long)(Unit() * Unit() * (double)authors));  // a few prolific authors
        head_books += to_string(g) + " " + to_string(a) + "\n";
    }
    vector<double> cdf(books);
    double acc = 0;
    for (long long b = 0; b < books; ++b) cdf[b] = (acc += 1.0 / double(b + 3));
    vector<long long> perm(books);
    iota(perm.begin(), perm.end(), 0);
    for (long long i = books - 1; i > 0; --i) swap(perm[i], perm[Below(i + 1)]);

    vector<array<long long, 4>> events;
    vector<vector<long long>> read_by(readers);
    for (long long u = 0; u < readers; ++u) {
        long long count = Below(8) == 0 ? 0 : 1 + (long long)Below(2 * (uint64_t)reads);
        set<long long> chosen;
        for (long long tries = 0; (long long)chosen.size() < count && tries < 4 * count; ++tries) {
            long long r = upper_bound(cdf.begin(), cdf.end(), Unit() * acc) - cdf.begin();
            chosen.insert(perm[min(r, books - 1)]);
        }
        for (long long b : chosen) {
            read_by[u].push_back(b);
            const uint64_t kind = Below(10);  // 0-1 opened, 2-4 finished, 5-7 abandoned, 8-9 reading
            long long furthest, last;
            if (kind < 2) furthest = 1 + (long long)Below(4), last = T - (long long)Below(300 * day);
            else if (kind < 5) furthest = Below(4) == 0 ? 90 : 90 + (long long)Below(11), last = T - (long long)Below(300 * day);
            else if (kind < 8) furthest = Below(5) == 0 ? 5 : 5 + (long long)Below(85),
                last = Below(6) == 0 ? T - 30 * day : T - 30 * day - (long long)Below(300 * day);
            else furthest = Below(5) == 0 ? 89 : 5 + (long long)Below(85),
                last = Below(6) == 0 ? T - 30 * day + 1 : T - (long long)Below(30 * day);
            if (kind >= 5 && kind < 8 && furthest == 5 && Below(2)) furthest = 89;
            const long long steps = 1 + (long long)Below(6);
            long long ts = last - (steps - 1) * (1 + (long long)Below(3 * day));
            for (long long s = 1; s <= steps; ++s) {
                const long long p = s == steps ? furthest : (long long)Below((uint64_t)furthest + 1);
                events.push_back({u, b, s == steps ? last : ts, p});
                ts += 1 + (long long)Below(3 * day);
                if (ts > last) ts = last;
            }
            if (kind >= 2 && kind < 5 && Below(4) == 0)  // re-opened at the start after finishing
                events.push_back({u, b, min(T, last + 1 + (long long)Below(10 * day)), (long long)Below(4)});
        }
    }
    for (long long i = (long long)events.size() - 1; i > 0; --i) swap(events[i], events[Below(i + 1)]);

    out.reserve(head_books.size() + events.size() * 30 + (size_t)queries * (size_t)cands * 7 + 64);
    out += to_string(books) + " " + to_string(events.size()) + " " + to_string(queries) + " " + to_string(T) + "\n";
    out += head_books;
    for (auto& e : events) {
        out += to_string(e[0]);
        out += ' ';
        out += to_string(e[1]);
        out += ' ';
        out += to_string(e[2]);
        out += ' ';
        out += to_string(e[3]);
        out += '\n';
    }
    for (long long q = 0; q < queries; ++q) {
        const long long u = (long long)Below(readers);
        set<long long> c;
        for (long long b : read_by[u])
            if ((long long)c.size() < cands / 4 && Below(2)) c.insert(b);
        while ((long long)c.size() < cands) c.insert((long long)Below(books));
        vector<long long> list(c.begin(), c.end());
        for (long long i = (long long)list.size() - 1; i > 0; --i) swap(list[i], list[Below(i + 1)]);
        out += to_string(u) + " " + to_string(list.size());
        for (long long b : list) out += " " + to_string(b);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
