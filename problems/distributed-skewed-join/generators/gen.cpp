// Generator for distributed-skewed-join.
//
//   gen --ads A --clicks C --seed S [--campaigns K] [--miss M] [--hot-share H] [--hot-ads T]
//       [--max-bid B] [--max-cap P] [--layout L]
//
// Writes A lines "A ad_id campaign_id cap" (ad_id distinct) and C lines "C ad_id bid".
//   K  campaign ids are drawn from K random ids in [1, 10^6] (a few campaigns are large)
//   M  per-mille of clicks whose ad is not in the ads table (dropped by the join)
//   H  per-mille of clicks that go to the T hot ads (split evenly between them); the hot ads
//      are ordinary rows of the ads table
//   B  bids are uniform in [1, B];  P  caps are uniform in [0, P]
//   L  line order: "mixed" (both tables interleaved at random, the default), "ads-first",
//      "clicks-first"
// Ids are distinct for distinct rows: i -> (a * i + b) mod P + 1 with the prime P = 999999937.
// Only std::mt19937_64 is used; every mapping to a range is written here (no
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

static const uint64_t kPrime = 999999937;

struct Affine {  // a bijection of [0, P): distinct inputs give distinct ids
    uint64_t a, b;
    Affine() : a(1 + Below(kPrime - 1)), b(Below(kPrime)) {}
    uint64_t operator()(uint64_t i) const { return (a * (i % kPrime) + b) % kPrime + 1; }
};

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long ads = 5, clicks = 10, campaigns = 5, miss = 0, hot_share = 0, hot_ads = 1, max_bid = 1000000,
              max_cap = 1000000;
    uint64_t seed = 1;
    string layout = "mixed";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--ads") ads = stoll(val);
        else if (key == "--clicks") clicks = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--campaigns") campaigns = stoll(val);
        else if (key == "--miss") miss = stoll(val);
        else if (key == "--hot-share") hot_share = stoll(val);
        else if (key == "--hot-ads") hot_ads = stoll(val);
        else if (key == "--max-bid") max_bid = stoll(val);
        else if (key == "--max-cap") max_cap = stoll(val);
        else if (key == "--layout") layout = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (layout != "mixed" && layout != "ads-first" && layout != "clicks-first") {
        fprintf(stderr, "gen: --layout must be mixed, ads-first or clicks-first\n");
        return 2;
    }
    campaigns = max(1LL, min(campaigns, 1000000LL));
    hot_ads = max(1LL, min(hot_ads, max(ads, 1LL)));
    max_bid = max(1LL, max_bid);
    rng.seed(seed);
    Affine ad_ids;

    set<uint64_t> taken;
    vector<uint64_t> campaign_ids;
    while ((long long)campaign_ids.size() < campaigns) {
        const uint64_t c = 1 + Below(1000000);
        if (taken.insert(c).second) campaign_ids.push_back(c);
    }
    auto campaign = [&] { return campaign_ids[min(Below(campaigns), Below(campaigns))]; };

    vector<char> kinds;
    kinds.reserve(ads + clicks);
    if (layout == "clicks-first") kinds.assign(clicks, 'C'), kinds.insert(kinds.end(), ads, 'A');
    else kinds.assign(ads, 'A'), kinds.insert(kinds.end(), clicks, 'C');
    if (layout == "mixed")
        for (size_t i = kinds.size(); i > 1; --i) swap(kinds[i - 1], kinds[Below(i)]);

    // The ads are emitted in a random order of their indexes, so the hot ads (indexes
    // 0 .. T-1) land anywhere in the table.
    vector<uint32_t> order(ads);
    iota(order.begin(), order.end(), 0u);
    for (size_t i = order.size(); i > 1; --i) swap(order[i - 1], order[Below(i)]);

    string out;
    out.reserve((size_t)(ads * 26 + clicks * 20 + 64));
    size_t next_ad = 0;
    for (char k : kinds) {
        if (k == 'A') {
            out += "A ", Num(out, ad_ids(order[next_ad++])), out += ' ', Num(out, campaign()), out += ' ';
            Num(out, Below(max_cap + 1)), out += '\n';
            continue;
        }
        uint64_t idx;
        if (ads == 0 || (long long)Below(1000) < miss) idx = ads + Below(ads + 1000);  // never an ad
        else if ((long long)Below(1000) < hot_share) idx = Below(hot_ads);
        else idx = Below(ads);
        out += "C ", Num(out, ad_ids(idx)), out += ' ', Num(out, 1 + Below(max_bid)), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
