// Generator for tumbling-window-aggregation.
//
//   gen --n N --seed S [--tenants T] [--width W] [--lateness A] [--origin O] [--step D]
//       [--disorder J] [--late P] [--values small|big] [--start T0]
//
// Writes "N O W A" and N events "tenant ts value" in arrival order. A clock starts at T0
// (default O - 3W, so the first windows lie before the origin) and advances by 0..2D ms per
// event; an event's ts is the clock minus 0..J ms (ordinary disorder), or with probability P
// per mille minus up to 6W + A ms (a straggler, usually late). Tenants are T random names of 1
// to 12 characters; tenant i is picked with weight 1 / (i + 1) (a few big tenants, a long
// tail). Values are 0..999 (small) or within +-10^9 (big). Small --n (judge stress) gives a
// small input: T is capped at N.
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
    long long n = 10, tenants = 3, width = 60000, lateness = 5000, origin = 1700000000000LL, step = 100,
              disorder = 2000, late = 50, start = LLONG_MIN;
    uint64_t seed = 1;
    string values = "small";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--tenants") tenants = stoll(val);
        else if (key == "--width") width = stoll(val);
        else if (key == "--lateness") lateness = stoll(val);
        else if (key == "--origin") origin = stoll(val);
        else if (key == "--step") step = stoll(val);
        else if (key == "--disorder") disorder = stoll(val);
        else if (key == "--late") late = stoll(val);
        else if (key == "--values") values = val;
        else if (key == "--start") start = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (values != "small" && values != "big") {
        fprintf(stderr, "gen: unknown --values %s\n", values.c_str());
        return 2;
    }
    n = max(0LL, n);
    tenants = max(1LL, min(tenants, max(1LL, n)));
    width = max(1LL, width);
    if (start == LLONG_MIN) start = origin - 3 * width;
    rng.seed(seed);

    vector<string> names;
    set<string> seen;
    while ((long long)names.size() < tenants) {
        string s(1 + Below(Below(4) ? 12 : 3), 'a');
        for (auto& c : s) {
            const uint64_t r = Below(38);
            c = r < 26 ? char('a' + r) : r < 36 ? char('0' + (r - 26)) : r == 36 ? '_' : '-';
        }
        if (seen.insert(s).second) names.push_back(s);
    }
    vector<double> cdf(tenants);
    double acc = 0;
    for (long long i = 0; i < tenants; ++i) cdf[i] = (acc += 1.0 / double(i + 1));

    const long long kMax = 10000000000000LL;
    string out = to_string(n) + " " + to_string(origin) + " " + to_string(width) + " " + to_string(lateness) + "\n";
    out.reserve((size_t)n * 24 + 64);
    long long clock = start;
    for (long long i = 0; i < n; ++i) {
        clock += (long long)Below(2 * (uint64_t)step + 1);
        long long ts = clock - (long long)Below((uint64_t)disorder + 1);
        if ((long long)Below(1000) < late) ts = clock - (long long)Below((uint64_t)(6 * width + lateness) + 1);
        ts = max(-kMax, min(kMax, ts));
        long long t = upper_bound(cdf.begin(), cdf.end(), Unit() * acc) - cdf.begin();
        if (t >= tenants) t = tenants - 1;
        const long long v = values == "small" ? (long long)Below(1000) : (long long)Below(2000000001) - 1000000000;
        out += names[t];
        out += ' ';
        out += to_string(ts);
        out += ' ';
        out += to_string(v);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
