// Generator for sort-merge-join.
//
//   gen --left L --right R --keys K --seed S [--hot H] [--hot-keys C] [--max-key M]
//       [--max-value V]
//
// Writes L rows "key a", then R rows "key b", each table sorted by key (ascending; rows with
// equal keys in random value order). Keys come from a universe of K distinct random keys in
// [0, M]; each row picks a key uniformly, except that H per-mille of the rows of each table go to
// the C hot keys (many-to-many groups). Values are uniform in [0, V].
// Only std::mt19937_64 is used; every mapping to a range is written here (no
// std::*_distribution), so the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the bigger table gets N rows (the left
// one on a tie). The other gets min(its size, N) when given explicitly, else it is scaled down
// in proportion (at least 1). The key universe is then K = min(K, max(1, N / 2)), so keys repeat
// on both sides (many-to-many groups). Without --n the output is exactly what it was before
// --n existed.
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

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long left = 10, right = 10, keys = 5, hot = 0, hot_keys = 10;
    long long n = -1;  // --n (see the top); -1 = not given
    bool left_given = false, right_given = false;
    uint64_t seed = 1, max_key = 1000000000000ULL, max_value = 1000000000ULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--left") left = stoll(val), left_given = true;
        else if (key == "--n") n = stoll(val);
        else if (key == "--right") right = stoll(val), right_given = true;
        else if (key == "--keys") keys = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--hot") hot = stoll(val);
        else if (key == "--hot-keys") hot_keys = stoll(val);
        else if (key == "--max-key") max_key = stoull(val);
        else if (key == "--max-value") max_value = stoull(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) {
        const bool left_big = left >= right;
        long long& big = left_big ? left : right;
        long long& other = left_big ? right : left;
        if (left_big ? right_given : left_given) other = min(other, n);
        else other = max(1LL, big > 0 ? (long long)((__int128)other * n / big) : n);
        big = n;
        keys = min(keys, max(1LL, n / 2));
    }
    rng.seed(seed);
    // The universe is the first K distinct draws, in ascending order. A flat hash set finds
    // them: a std::set of 5 million nodes took 20 s and more on a busy machine.
    keys = max(1LL, keys);
    vector<uint64_t> universe;
    {
        size_t cap = 1024;
        while (cap < 2 * (size_t)keys) cap <<= 1;
        const uint64_t kEmpty = UINT64_MAX;  // UINT64_MAX itself is tracked on the side
        vector<uint64_t> slot(cap, kEmpty);
        bool has_max = false;
        universe.reserve(keys);
        while ((long long)universe.size() < keys) {
            const uint64_t x = max_key == UINT64_MAX ? rng() : Below(max_key + 1);
            if (x == kEmpty) {
                if (!has_max) has_max = true, universe.push_back(x);
                continue;
            }
            size_t h = (size_t)((x * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
            while (slot[h] != kEmpty && slot[h] != x) h = (h + 1) & (cap - 1);
            if (slot[h] == kEmpty) slot[h] = x, universe.push_back(x);
        }
        sort(universe.begin(), universe.end());
    }
    for (long long i = (long long)universe.size() - 1; i > 0; --i) swap(universe[i], universe[Below(i + 1)]);
    hot_keys = max(1LL, min(hot_keys, keys));

    string out;
    out.reserve((size_t)(left + right) * 24 + 64);
    for (long long rows : {left, right}) {
        vector<pair<uint64_t, uint64_t>> t(rows);
        for (auto& [k, v] : t) {
            k = (long long)Below(1000) < hot ? universe[Below(hot_keys)] : universe[Below(universe.size())];
            v = Below(max_value + 1);
        }
        sort(t.begin(), t.end(), [](auto& x, auto& y) { return x.first < y.first; });
        // shuffle the values inside each key group so that they are not sorted
        for (size_t i = 0; i < t.size();) {
            size_t j = i;
            while (j < t.size() && t[j].first == t[i].first) ++j;
            for (size_t a = j - 1; a > i; --a) swap(t[a].second, t[i + Below(a - i + 1)].second);
            i = j;
        }
        Num(out, rows), out += '\n';
        for (auto& [k, v] : t) Num(out, k), out += ' ', Num(out, v), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
