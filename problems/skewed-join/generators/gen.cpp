// Generator for skewed-join.
//
//   gen --customers C --orders O --seed S [--segments G] [--dup D] [--miss M]
//       [--hot-share H] [--hot-rows R] [--hot-focus F] [--max-amount A]
//
// Writes the customers table (one row per customer, plus D per-mille extra rows that repeat an
// earlier customer with a new segment and weight) and then O orders.
//   G  segment ids are 1..G (skewed toward small ids)
//   M  per-mille of orders whose customer is not in the customers table
//   H  per-mille of orders that go to ONE hot customer (the "guest checkout" key)
//   R  extra customers rows for the hot customer (it has R + 1 rows)
//   F  per-mille of the hot customer's rows that are in segment 1 (the rest anywhere)
//   A  amounts uniform in [0, A]; weights uniform in [0, 100]
// Ids: i -> (a * i + b) mod P + 1 with the prime P = 999999937, distinct for distinct i.
// Both tables are in random order. Only std::mt19937_64 is used; every mapping to a range is
// written here (no std::*_distribution), so the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the number of orders, O = N. The
// customers are then at most N: C = min(C, N) when --customers is given too, else N / 2 scaled
// down from the defaults (5 customers : 10 orders), at least 1; R = min(R, N) and
// G = min(G, 2N), at least 1. Without --n the output is exactly what it was before --n existed.
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
    long long customers = 5, orders = 10, segments = 5, dup = 0, miss = 0, hot_share = 0, hot_rows = 0,
              hot_focus = 0, max_amount = 1000000;
    long long n = -1;  // --n (see the top); -1 = not given
    bool customers_given = false;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--customers") customers = stoll(val), customers_given = true;
        else if (key == "--n") n = stoll(val);
        else if (key == "--orders") orders = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--segments") segments = stoll(val);
        else if (key == "--dup") dup = stoll(val);
        else if (key == "--miss") miss = stoll(val);
        else if (key == "--hot-share") hot_share = stoll(val);
        else if (key == "--hot-rows") hot_rows = stoll(val);
        else if (key == "--hot-focus") hot_focus = stoll(val);
        else if (key == "--max-amount") max_amount = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) {
        orders = n;
        customers = customers_given ? min(customers, n) : max(1LL, n * 5 / 10);
        hot_rows = min(hot_rows, n);
        segments = min(segments, max(1LL, 2 * n));
    }
    rng.seed(seed);
    const uint64_t a = 1 + Below(kPrime - 1), b = Below(kPrime);
    auto id = [&](uint64_t i) { return (a * (i % kPrime) + b) % kPrime + 1; };
    auto segment = [&] { return 1 + min(Below(segments), Below(segments)); };

    struct Row { uint64_t cid, seg, w; };
    vector<Row> dim;
    for (long long i = 0; i < customers; ++i) dim.push_back({id(i), segment(), Below(101)});
    const long long extra = customers * dup / 1000;
    for (long long i = 0; i < extra && customers > 0; ++i) dim.push_back({id(Below(customers)), segment(), Below(101)});
    const uint64_t hot = customers > 0 ? id(0) : id(1);
    for (long long i = 0; i < hot_rows && customers > 0; ++i)
        dim.push_back({hot, (long long)Below(1000) < hot_focus ? 1 : segment(), Below(101)});
    for (long long i = (long long)dim.size() - 1; i > 0; --i) swap(dim[i], dim[Below(i + 1)]);

    string out;
    out.reserve(dim.size() * 20 + orders * 18 + 64);
    Num(out, dim.size()), out += '\n';
    for (auto& r : dim) Num(out, r.cid), out += ' ', Num(out, r.seg), out += ' ', Num(out, r.w), out += '\n';
    Num(out, orders), out += '\n';
    for (long long i = 0; i < orders; ++i) {
        uint64_t cid;
        if (customers == 0 || (long long)Below(1000) < miss) cid = id(customers + Below(customers + 1000));
        else if ((long long)Below(1000) < hot_share) cid = hot;
        else cid = id(Below(customers));
        Num(out, cid), out += ' ', Num(out, Below(max_amount + 1)), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
