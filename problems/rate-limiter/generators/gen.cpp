// Generator for rate-limiter.
//
//   gen --n N --clients C --r R --w W --seed S [--skew K] [--maxstep M] [--same Z] [--start T0]
//       [--hot H] [--hotn HN]
//
// Writes "N R W" and then N requests "client_id t" with non-decreasing t (milliseconds),
// starting at T0. Clients: client r is drawn as the minimum of K uniform draws (K > 1 makes a
// few heavy clients); ids are a random bijection of the ranks. H per-mille of the requests
// instead come from the HN hottest clients (ranks 0..HN-1), which then run over the limit.
// Time: with Z per-mille the request has the previous timestamp, otherwise t advances by
// 1..M ms. Timestamps are dense integers, so a hot client often has an allowed request exactly
// W ms before a new one (the window boundary).
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

static const uint64_t kPrime = 999999937;

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long n = 10, clients = 3, r = 2, w = 1000, skew = 2, maxstep = 3, same = 100;
    long long start = 1700000000000LL, hot = 0, hotn = 1;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--clients") clients = stoll(val);
        else if (key == "--r") r = stoll(val);
        else if (key == "--w") w = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--skew") skew = stoll(val);
        else if (key == "--maxstep") maxstep = stoll(val);
        else if (key == "--same") same = stoll(val);
        else if (key == "--start") start = stoll(val);
        else if (key == "--hot") hot = stoll(val);
        else if (key == "--hotn") hotn = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    clients = max(1LL, clients);
    skew = max(1LL, skew);
    maxstep = max(1LL, maxstep);
    rng.seed(seed);
    uint64_t a = 1 + Below(kPrime - 1), b = Below(kPrime);
    string out;
    out.reserve((size_t)n * 25 + 64);
    Num(out, n), out += ' ', Num(out, r), out += ' ', Num(out, w), out += '\n';
    uint64_t t = start;
    for (long long i = 0; i < n; ++i) {
        if (i > 0 && (long long)Below(1000) >= same) {
            t += 1 + Below(maxstep);
        }
        uint64_t c;
        if ((long long)Below(1000) < hot) {
            c = Below(min(hotn, clients));
        } else {
            c = Below(clients);
            for (long long s = 1; s < skew; ++s) c = min(c, Below(clients));
        }
        Num(out, (a * c + b) % kPrime + 1), out += ' ', Num(out, t), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
