// Generator for kmeans-step.
//
//   gen --n N --seed S [--d D] [--k K] [--range R] [--blobs B] [--spread W] [--empty E]
//       [--init I] [--pairs P]
//
// Writes "N d k", N points and k initial centroids; every coordinate is an integer in
// [-R, R]. Points are drawn around B blob centres with uniform noise in [-W, W] (a small R
// and W give many exact distance ties). Centroids are data points (as Forgy / k-means++
// initialisation would pick them), chosen at random; with I = 1 they are instead random points
// of the box. E of the centroids are placed far out (at a corner of the box, +-R in every
// coordinate) where they may win no point at all, so their cluster is empty.
// P > 0: each of the first P blobs gets two centroids, symmetric about its centre along one
// axis (centre +- a, a in [1, W]), and every point of the blob has the centre's coordinate on
// that axis: it is exactly equidistant from the two, so it goes to the smaller index of the
// pair. With a large R these ties sit at squared distances far above 2^24, where float
// arithmetic cannot tell the two apart reliably, and the big blobs' coordinate sums pass 2^24
// too. The centroids are then shuffled. Without --pairs the output is what it was before.
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
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
static long long Uniform(long long lo, long long hi) { return lo + (long long)Below(hi - lo + 1); }

int main(int argc, char** argv) {
    long long n = 10, d = 2, k = 3, range = 1000, blobs = 5, spread = 100, empty = 0, init = 0, pairs = 0;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--d") d = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--range") range = stoll(val);
        else if (key == "--blobs") blobs = stoll(val);
        else if (key == "--spread") spread = stoll(val);
        else if (key == "--empty") empty = stoll(val);
        else if (key == "--init") init = stoll(val);
        else if (key == "--pairs") pairs = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    rng.seed(seed);
    n = max(1LL, n);
    blobs = max(1LL, blobs);
    vector<vector<long long>> centre(blobs, vector<long long>(d));
    for (auto& c : centre)
        for (auto& x : c) x = Uniform(-range, range);
    pairs = min(pairs, blobs);
    vector<long long> axis(pairs), offset(pairs);
    for (long long b = 0; b < pairs; ++b) {
        axis[b] = (long long)Below(d), offset[b] = Uniform(1, max(1LL, spread));
        long long& x = centre[b][axis[b]];
        x = max(-range + offset[b], min(range - offset[b], x));
    }
    vector<vector<long long>> pts(n, vector<long long>(d));
    for (auto& p : pts) {
        const long long b = (long long)Below(blobs);
        const auto& c = centre[b];
        for (long long j = 0; j < d; ++j) p[j] = max(-range, min(range, c[j] + Uniform(-spread, spread)));
        if (b < pairs) p[axis[b]] = c[axis[b]];
    }
    string out;
    out.reserve((size_t)(n + k) * d * 6 + 64);
    char buf[24];
    auto put = [&](const vector<long long>& v) {
        for (long long j = 0; j < d; ++j) {
            int len = snprintf(buf, sizeof buf, j + 1 < d ? "%lld " : "%lld\n", v[j]);
            out.append(buf, len);
        }
    };
    out += to_string(n) + " " + to_string(d) + " " + to_string(k) + "\n";
    for (auto& p : pts) put(p);
    vector<long long> c(d);
    vector<vector<long long>> chosen;
    for (long long j = 0; j < k; ++j) {
        if (j < empty) {
            for (auto& x : c) x = Below(2) ? range : -range;
        } else if (j < empty + 2 * pairs) {
            const long long b = (j - empty) / 2;
            c = centre[b];
            c[axis[b]] += (j - empty) % 2 ? -offset[b] : offset[b];
        } else if (init == 1) {
            for (auto& x : c) x = Uniform(-range, range);
        } else {
            c = pts[Below(n)];
        }
        if (pairs == 0) put(c);
        else chosen.push_back(c);
    }
    for (long long j = (long long)chosen.size() - 1; j > 0; --j) swap(chosen[j], chosen[Below(j + 1)]);
    for (auto& x : chosen) put(x);
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
