// Accepted (fast): push the group-by below the join ("eager aggregation"). First aggregate
// orders per user_id into (sum, count) in an open-addressing table keyed by the distinct user
// ids; then every users row adds its user's (sum, count) to its country. A user_id that
// appears r times in users is added r times, exactly the SQL inner-join result, and the cost is
// O(U + O) however many rows the join would have. Input is read in one buffer, parsed by hand.
#include <bits/stdc++.h>
using namespace std;

static const char* p;

static void Skip() { while ((unsigned char)*p <= ' ' && *p) ++p; }
static long long Int() {
    Skip();
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return v;
}

int main() {
    vector<char> in(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    p = in.data();

    long long u = Int();
    vector<pair<long long, string_view>> users(u);
    for (auto& [id, country] : users) {
        id = Int();
        Skip();
        const char* s = p;
        while ((unsigned char)*p > ' ') ++p;
        country = string_view(s, p - s);
    }

    // Keys are the distinct user ids (at most U), so the table is sized by the users table;
    // orders of unknown users are skipped (the inner join drops them anyway).
    size_t cap = 16;
    while (cap < (size_t)u * 2) cap <<= 1;
    const size_t mask = cap - 1;
    vector<long long> key(cap, 0), sum(cap), cnt(cap);  // user ids are >= 1, so 0 marks empty
    auto slot = [&](long long id) {
        size_t h = (size_t)((unsigned long long)id * 0x9E3779B97F4A7C15ULL >> 20) & mask;
        while (key[h] != 0 && key[h] != id) h = (h + 1) & mask;
        return h;
    };
    for (const auto& row : users) key[slot(row.first)] = row.first;

    long long o = Int();
    for (long long i = 0; i < o; ++i) {
        Int();  // order_id is not needed
        long long id = Int(), amount = Int();
        size_t h = slot(id);
        if (key[h] == 0) continue;
        sum[h] += amount;
        ++cnt[h];
    }

    map<string_view, pair<long long, long long>> by_country;
    for (const auto& [id, country] : users) {
        size_t h = slot(id);
        if (cnt[h] == 0) continue;
        auto& agg = by_country[country];
        agg.first += sum[h];
        agg.second += cnt[h];
    }
    string out;
    for (const auto& [country, agg] : by_country) {
        out.append(country);
        out += ' ' + to_string(agg.first) + ' ' + to_string(agg.second) + '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
