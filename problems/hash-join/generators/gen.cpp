// Generator for hash-join.
//
//   gen --users U --orders O --seed S [--countries C] [--dup D] [--miss M] [--max-amount A]
//       [--hot H] [--n N]
//
// Writes U user rows "user_id country" and O order rows "order_id user_id amount".
//   C  number of countries (<= 676; two-letter codes, skewed so a few countries are large)
//   D  per-mille of user rows that repeat an earlier user_id (country re-drawn, so it is the
//      same country about half the time and a different one otherwise): duplicate keys
//   M  per-mille of orders whose user_id is not in users (dropped by the inner join)
//   A  amounts are uniform in [0, A] (cents)
//   H  per-mille of orders that go to the first 1% of users ("hot" users)
// Ids are distinct for distinct rows: i -> (a * i + b) mod P + 1 with the prime P = 999999937,
// so every id is in [1, 999999937]. Only std::mt19937_64 is used; every mapping to a range is
// written here (no std::*_distribution), so the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the number of orders, O = N. The users
// table is then at most N rows: U = min(U, N) when --users is given too, else N / 2 scaled
// down from the defaults (5 users : 10 orders), at least 1; and C = min(C, 2N). Without --n
// the output is exactly what it was before --n existed.
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
    long long users = 5, orders = 10, countries = 5, dup = 0, miss = 0, max_amount = 100000, hot = 0;
    long long n = -1;  // --n: the number of orders; -1 = not given
    bool users_given = false;
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--users") users = stoll(val), users_given = true;
        else if (key == "--n") n = stoll(val);
        else if (key == "--orders") orders = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--countries") countries = stoll(val);
        else if (key == "--dup") dup = stoll(val);
        else if (key == "--miss") miss = stoll(val);
        else if (key == "--max-amount") max_amount = stoll(val);
        else if (key == "--hot") hot = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) {
        orders = n;
        users = users_given ? min(users, n) : max(1LL, n * 5 / 10);
        countries = min(countries, max(1LL, 2 * n));
    }
    countries = max(1LL, min(countries, 676LL));
    rng.seed(seed);
    Affine user_ids, order_ids;

    // Two-letter codes in random order; country r is drawn with a triangular skew toward r = 0.
    vector<string> names(676);
    for (int i = 0; i < 676; ++i) names[i] = {char('A' + i / 26), char('A' + i % 26)};
    for (int i = 675; i > 0; --i) swap(names[i], names[Below(i + 1)]);
    auto country = [&] { return names[min(Below(countries), Below(countries))]; };

    string out;
    out.reserve((size_t)(users * 14 + orders * 28 + 64));
    vector<uint64_t> distinct;  // user ids emitted so far, each once
    distinct.reserve(users);
    Num(out, users), out += '\n';
    for (long long i = 0; i < users; ++i) {
        uint64_t id;
        if (!distinct.empty() && (long long)Below(1000) < dup) {
            id = distinct[Below(distinct.size())];
        } else {
            id = user_ids(distinct.size());
            distinct.push_back(id);
        }
        Num(out, id), out += ' ', out += country(), out += '\n';
    }
    Num(out, orders), out += '\n';
    uint64_t hot_users = max<uint64_t>(1, distinct.size() / 100);
    for (long long i = 0; i < orders; ++i) {
        uint64_t uid;
        if (distinct.empty() || (long long)Below(1000) < miss) {
            uid = user_ids(users + Below(users + 1000));  // index never used for a user: no match
        } else if ((long long)Below(1000) < hot) {
            uid = distinct[Below(hot_users)];
        } else {
            uid = distinct[Below(distinct.size())];
        }
        Num(out, order_ids(i)), out += ' ', Num(out, uid), out += ' ';
        Num(out, Below(max_amount + 1)), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
