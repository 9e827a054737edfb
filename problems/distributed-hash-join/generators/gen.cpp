// Generator for distributed-hash-join.
//
//   gen --users U --orders O --seed S [--countries C] [--miss M] [--max-amount A] [--hot H]
//       [--layout L]
//
// Writes U lines "U user_id country" (user_id distinct) and O lines "O user_id amount".
//   C  number of distinct country names (<= 1000; 1 to 8 letters, a few countries are large)
//   M  per-mille of orders whose user_id is not in the users table (dropped by the join)
//   A  amounts are uniform in [0, A]
//   H  per-mille of orders that go to the first 1% of users ("hot" users)
//   L  line order: "mixed" (users and orders interleaved at random, the default),
//      "users-first" (every users line before every orders line), "orders-first"
// The judge splits the lines contiguously over the nodes, so with "mixed" a user's row and its
// orders are almost always on different nodes.
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
    long long users = 5, orders = 10, countries = 5, miss = 0, max_amount = 1000000, hot = 0;
    uint64_t seed = 1;
    string layout = "mixed";
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--users") users = stoll(val);
        else if (key == "--orders") orders = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--countries") countries = stoll(val);
        else if (key == "--miss") miss = stoll(val);
        else if (key == "--max-amount") max_amount = stoll(val);
        else if (key == "--hot") hot = stoll(val);
        else if (key == "--layout") layout = val;
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (layout != "mixed" && layout != "users-first" && layout != "orders-first") {
        fprintf(stderr, "gen: --layout must be mixed, users-first or orders-first\n");
        return 2;
    }
    countries = max(1LL, min(countries, 1000LL));
    rng.seed(seed);
    Affine user_ids;

    // Distinct country names of 1 to 8 letters (mostly 2); country r is drawn with a
    // triangular skew toward r = 0.
    set<string> taken;
    vector<string> names;
    while ((long long)names.size() < countries) {
        const uint64_t r = Below(10);
        const size_t len = r < 7 ? 2 : 1 + Below(8);
        string s;
        for (size_t k = 0; k < len; ++k) s += char('A' + Below(26));
        if (taken.insert(s).second) names.push_back(s);
    }
    auto country = [&]() -> const string& { return names[min(Below(countries), Below(countries))]; };

    // The kinds of the lines: 'U' or 'O', in the requested order.
    vector<char> kinds;
    kinds.reserve(users + orders);
    if (layout == "orders-first") kinds.assign(orders, 'O'), kinds.insert(kinds.end(), users, 'U');
    else kinds.assign(users, 'U'), kinds.insert(kinds.end(), orders, 'O');
    if (layout == "mixed")
        for (size_t i = kinds.size(); i > 1; --i) swap(kinds[i - 1], kinds[Below(i)]);

    string out;
    out.reserve((size_t)(users * 16 + orders * 22 + 64));
    const uint64_t hot_users = max<uint64_t>(1, users / 100);
    uint64_t next_user = 0;
    for (char k : kinds) {
        if (k == 'U') {
            out += "U ", Num(out, user_ids(next_user++)), out += ' ', out += country(), out += '\n';
            continue;
        }
        uint64_t idx;
        if (users == 0 || (long long)Below(1000) < miss) idx = users + Below(users + 1000);  // never a user
        else if ((long long)Below(1000) < hot) idx = Below(hot_users);
        else idx = Below(users);
        out += "O ", Num(out, user_ids(idx)), out += ' ', Num(out, Below(max_amount + 1)), out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
