// Generator for distributed-top-k.
//
//   gen --n N --k K --seed S [--nodes P] [--vocab V] [--zipf-share Z] [--fresh-share F]
//       [--offset Q] [--trap 0|1] [--idmax M]
//
// Writes "N K" and then N item ids, one per line. The stream is built as P equal consecutive
// segments (the judge splits the lines after the header contiguously over P nodes, so segment
// s is, give or take a line at its ends, node s's shard); each segment is shuffled on its own.
// Every event is one of:
//   zipf   a share Z (per mille) of the background: an item of a V-item vocabulary, rank r
//          (from 1) with weight 1/(r + Q) (exact IEEE division, ranks assigned to random ids): a
//          few items are hot everywhere, the rest form a long tail; Q > 0 flattens the head;
//   fresh  a share F (per mille) of the background: a new random id, so the number of distinct
//          items grows with N (this is what makes one node's count table big);
//   trap   with --trap 1, planted so that merging each shard's LOCAL top-k is wrong: one item X
//          appears c times in every segment (P * c in all, the global maximum), and each segment
//          has K local stars of its own with counts c + 3 .. c + 2 + K, so X is at best the
//          (K+1)-th item of every shard but the 1st overall. c is chosen so that every zipf item
//          stays well below the stars in its shard (margins of 3 survive a line moved across a
//          segment boundary).
// Ids are drawn uniformly from [0, M) (default M = 10^9, so lines are short) and are distinct
// across roles. Only std::mt19937_64 is used and every mapping to a range is written here (no
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

static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }  // [0, 1)

int main(int argc, char** argv) {
    long long n = 100, k = 10, nodes = 8, vocab = 0, zipf_share = 1000, trap = 0, offset = 0;
    uint64_t seed = 1, idmax = 1000000000ULL;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--nodes") nodes = stoll(val);
        else if (key == "--vocab") vocab = stoll(val);
        else if (key == "--zipf-share") zipf_share = stoll(val);
        else if (key == "--fresh-share") zipf_share = 1000 - stoll(val);
        else if (key == "--trap") trap = stoll(val);
        else if (key == "--offset") offset = stoll(val);
        else if (key == "--idmax") idmax = stoull(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n < 0 || k < 1 || nodes < 1 || zipf_share < 0 || zipf_share > 1000 || idmax < 1000 || offset < 0) {
        fprintf(stderr, "gen: bad arguments\n");
        return 2;
    }
    if (vocab <= 0) vocab = max(1LL, n / 20);
    rng.seed(seed);

    // Distinct ids for every role.
    unordered_set<uint64_t> used;
    used.reserve((size_t)(vocab + n + 1024) * 2);
    auto fresh_id = [&] {
        for (;;) {
            uint64_t id = Below(idmax);
            if (used.insert(id).second) return id;
        }
    };
    vector<uint64_t> vocab_ids(vocab);
    for (auto& id : vocab_ids) id = fresh_id();
    vector<double> cdf(vocab);
    double acc = 0;
    for (long long r = 0; r < vocab; ++r) cdf[r] = (acc += 1.0 / double(r + 1 + offset));

    const long long seg_len = n / nodes, extra = n % nodes;
    // Trap sizing: the hottest zipf item's expected count per segment, plus slack.
    long long c = 0;
    if (trap) {
        double top = seg_len * (zipf_share / 1000.0) / double(1 + offset) / acc;  // expected count of rank 1 per segment
        c = (long long)(top * 1.3 + 6.0 * sqrt(top + 1.0)) + 4;
        long long per_seg = c + k * c + k * (k + 5) / 2;  // X, then K stars of c+3 .. c+2+K
        if (per_seg > seg_len) {
            fprintf(stderr, "gen: --trap needs longer segments (%lld > %lld)\n", per_seg, seg_len);
            return 2;
        }
    }
    const uint64_t x_id = trap ? fresh_id() : 0;

    string out;
    out.reserve((size_t)n * 11 + 64);
    out += to_string(n) + " " + to_string(k) + "\n";
    char buf[24];
    vector<uint64_t> seg;
    for (long long s = 0; s < nodes; ++s) {
        const long long len = seg_len + (s < extra ? 1 : 0);
        seg.clear();
        seg.reserve(len);
        if (trap) {
            seg.insert(seg.end(), c, x_id);
            for (long long j = 0; j < k; ++j) seg.insert(seg.end(), c + 3 + j, fresh_id());
        }
        while ((long long)seg.size() < len) {
            if ((long long)Below(1000) < zipf_share) {
                double u = Unit() * acc;
                long long r = upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin();
                if (r >= vocab) r = vocab - 1;
                seg.push_back(vocab_ids[r]);
            } else {
                seg.push_back(fresh_id());
            }
        }
        for (long long i = (long long)seg.size() - 1; i > 0; --i) swap(seg[i], seg[Below(i + 1)]);
        for (uint64_t id : seg) {
            auto r = to_chars(buf, buf + sizeof buf, id);
            out.append(buf, r.ptr);
            out += '\n';
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
