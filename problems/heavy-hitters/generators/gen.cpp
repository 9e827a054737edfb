// Generator for heavy-hitters.
//
//   gen --n N --seed S --phi PHI [--heavy H] [--distinct D] [--order shuffled|bursts|heavy-last]
//
// Writes "N PHI" and then N item ids (64-bit, one per line). PHI has at most 4 decimals.
// Planted items, with T = PHI * N:
//   - items at the edges of the rule: floor(T) + 1 (must be reported), floor(T) (optional),
//     ceil(0.9 T) (optional), ceil(0.9 T) - 1 (must not be reported), T / 2 (must not);
//   - H more heavy items with counts drawn in (T, 4T], while the budget lasts.
// Every other position is "noise": an id drawn uniformly from a pool of D random ids, so with a
// large D there are millions of distinct ids, each seen once or twice.
//   shuffled    uniform random order
//   bursts      noise first, then each planted item as one contiguous run, in random order
//   heavy-last  noise first, then the planted items shuffled among themselves
// Only std::mt19937_64 is used; every mapping to a range is written here (no
// std::*_distribution), so the output is identical across standard libraries.
//
// Small N (judge stress passes --n 1..10) gives a small, quick input: D is capped at N * N.
// Every [[generated]] case is below these caps, so its output is unchanged.
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

int main(int argc, char** argv) {
    long long n = 100, heavy = 3, distinct = 1000;
    uint64_t seed = 1;
    string phi_text = "0.01", order = "shuffled";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--phi") phi_text = val;
        else if (key == "--heavy") heavy = stoll(val);
        else if (key == "--distinct") distinct = stoll(val);
        else if (key == "--order") order = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    distinct = min(distinct, max(1LL, n * n));
    rng.seed(seed);
    // phi in units of 1e-4
    long long p = 0, scale = 10000;
    {
        size_t dot = phi_text.find('.');
        string whole = phi_text.substr(0, dot), frac = dot == string::npos ? "" : phi_text.substr(dot + 1);
        while (frac.size() < 4) frac += '0';
        p = stoll(whole) * scale + stoll(frac.substr(0, 4));
    }
    const long long t_floor = p * n / scale;                       // floor(phi N)
    const long long t90 = (9 * p * n + 10 * scale - 1) / (10 * scale);  // ceil(0.9 phi N)
    vector<long long> counts = {t_floor + 1, t_floor, t90, t90 - 1, t_floor / 2};
    for (long long h = 0; h < heavy; ++h) counts.push_back(t_floor + 1 + (long long)Below(3 * t_floor + 1));
    vector<pair<uint64_t, long long>> planted;
    long long used = 0;
    for (long long c : counts) {
        if (c <= 0 || used + c > n) continue;
        planted.push_back({rng(), c});
        used += c;
    }
    vector<uint64_t> pool(max(1LL, distinct));
    for (auto& id : pool) id = rng();

    vector<uint64_t> noise(n - used);
    for (auto& id : noise) id = pool[Below(pool.size())];
    vector<uint64_t> hot;
    hot.reserve(used);
    if (order == "bursts") {
        for (long long i = (long long)planted.size() - 1; i > 0; --i) swap(planted[i], planted[Below(i + 1)]);
        for (auto& [id, c] : planted) hot.insert(hot.end(), c, id);
    } else {
        for (auto& [id, c] : planted) hot.insert(hot.end(), c, id);
        for (long long i = (long long)hot.size() - 1; i > 0; --i) swap(hot[i], hot[Below(i + 1)]);
    }
    vector<uint64_t> all = move(noise);
    all.insert(all.end(), hot.begin(), hot.end());
    if (order == "shuffled")
        for (long long i = (long long)all.size() - 1; i > 0; --i) swap(all[i], all[Below(i + 1)]);

    string out;
    out.reserve(all.size() * 21 + 64);
    out += to_string(n) + ' ' + phi_text + '\n';
    char buf[24];
    for (uint64_t id : all) {
        auto r = to_chars(buf, buf + sizeof buf, id);
        out.append(buf, r.ptr);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
