// Generator for sessionization.
//
//   gen --n N --users U --gap G --seed S [--exact E] [--skew K] [--maxts T]
//
// Writes "N G" and then N lines "user_id timestamp" in random order. Each of the U users gets a
// share of the N events (user r is drawn as the minimum of K uniform draws, so low ranks are
// heavy users when K > 1; user ids are a random bijection of the ranks). A user's events form a
// walk in time: each step is a gap inside a session (0..G), a gap of exactly G (per-mille E),
// exactly G + 1 (per-mille E), or a new session (G + 1 .. 20 G + 100). Timestamps stay in
// [0, T]; a walk that would leave [0, T] restarts at a random time, which may interleave
// with its earlier events: that is fine, the events are shuffled anyway.
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

static const uint64_t kPrime = 999999937;  // user ids: a bijection of [0, P) onto [1, P]

static void Num(string& out, uint64_t v) {
    char buf[24];
    auto r = to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

int main(int argc, char** argv) {
    long long n = 10, users = 3, gap = 1800, exact = 50, skew = 1, maxts = 2000000000;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--n") n = stoll(val);
        else if (key == "--users") users = stoll(val);
        else if (key == "--gap") gap = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--exact") exact = stoll(val);
        else if (key == "--skew") skew = stoll(val);
        else if (key == "--maxts") maxts = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    users = max(1LL, users);
    skew = max(1LL, skew);
    rng.seed(seed);
    uint64_t a = 1 + Below(kPrime - 1), b = Below(kPrime);

    vector<uint32_t> count(users, 0);
    for (long long i = 0; i < n; ++i) {
        uint64_t r = Below(users);
        for (long long s = 1; s < skew; ++s) r = min(r, Below(users));
        ++count[r];
    }
    vector<uint64_t> events;  // (user_id << 32) | timestamp
    events.reserve(n);
    for (long long u = 0; u < users; ++u) {
        uint64_t id = (a * (uint64_t)u + b) % kPrime + 1;
        long long t = (long long)Below(maxts + 1);
        for (uint32_t c = 0; c < count[u]; ++c) {
            if (c > 0) {
                long long r = (long long)Below(1000), step;
                if (r < exact) step = gap;
                else if (r < 2 * exact) step = gap + 1;
                else if (r < 800) step = (long long)Below(gap + 1);
                else step = gap + 1 + (long long)Below(19 * gap + 100);
                t += step;
                if (t > maxts) t = (long long)Below(maxts + 1);
            }
            events.push_back(id << 32 | (uint64_t)t);
        }
    }
    for (long long i = (long long)events.size() - 1; i > 0; --i) swap(events[i], events[Below(i + 1)]);

    string out;
    out.reserve((size_t)n * 22 + 64);
    Num(out, n), out += ' ', Num(out, gap), out += '\n';
    for (uint64_t e : events) {
        Num(out, e >> 32), out += ' ', Num(out, e & 0xffffffffu), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
