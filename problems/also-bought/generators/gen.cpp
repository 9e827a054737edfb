// Generator for also-bought.
//
//   gen --rows R --seed S [--items I] [--k K] [--q Q] [--maxsize M] [--near P] [--dup D]
//       [--unknown U] [--budget B] [--n N]
//
// Writes "R", R rows "order_id item_id" in random order (the rows of one order are scattered),
// then "Q k" and Q query item ids. The catalogue has I items with random distinct ids in
// [1, 10^9]; popularity is Zipf-like (rank = floor(I^u) - 1 for uniform u, density ~ 1/rank).
// An order has 1..M distinct items: the first is drawn by popularity, and each next one with
// probability P per-mille is a "companion" (rank + 1..20 of the previous item, so bundles
// exist), otherwise by popularity. D per-mille of the rows are logged twice (the same item
// twice in one order). Queries are drawn by popularity; U per-mille are ids that are in no order.
// Queries stop early once the sum over queries of the total size of the orders containing the
// queried item would exceed B.
// Only std::mt19937_64 is used; every mapping from its output to a range is written here, so
// the output is identical across standard libraries.
//
// --n N (for `judge stress`) is the size of the input: the number of rows, R = N. The other
// sizes are then clamped to N: I = min(I, N) and Q = min(Q, N) (at least 1 each); K, M and the
// per-mille knobs are kept (M is still capped at I). Without --n the output is exactly what
// it was before --n existed.
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
static double Unit() { return (double)(rng() >> 11) * 0x1.0p-53; }  // [0, 1)
template <class T> static void Shuffle(vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) swap(v[i - 1], v[Below(i)]);
}

int main(int argc, char** argv) {
    long long rows = 20, items = 10, k = 3, q = 5, maxsize = 5, near = 500, dup = 20, unknown = 50,
              budget = 50000000;
    long long n = -1;  // --n: the number of rows; -1 = not given
    uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        string key = argv[i], val = argv[i + 1];
        if (key == "--rows") rows = stoll(val);
        else if (key == "--n") n = stoll(val);
        else if (key == "--seed") seed = stoull(val);
        else if (key == "--items") items = stoll(val);
        else if (key == "--k") k = stoll(val);
        else if (key == "--q") q = stoll(val);
        else if (key == "--maxsize") maxsize = stoll(val);
        else if (key == "--near") near = stoll(val);
        else if (key == "--dup") dup = stoll(val);
        else if (key == "--unknown") unknown = stoll(val);
        else if (key == "--budget") budget = stoll(val);
        else { fprintf(stderr, "gen: unknown option %s\n", key.c_str()); return 2; }
    }
    if (n >= 0) {
        rows = n;
        items = min(items, max(1LL, n));
        q = min(q, max(1LL, n));
    }
    rng.seed(seed);
    items = max(1LL, items);
    maxsize = max(1LL, min(maxsize, items));
    // Distinct random ids: draw, sort, unique, top up; then shuffle so id order != popularity.
    auto distinct_ids = [&](long long count, vector<long long>& ids) {
        ids.clear();
        while ((long long)ids.size() < count) {
            while ((long long)ids.size() < count) ids.push_back(Uniform(1, 1000000000));
            sort(ids.begin(), ids.end());
            ids.erase(unique(ids.begin(), ids.end()), ids.end());
        }
        Shuffle(ids);
    };
    vector<long long> item_id;
    distinct_ids(items, item_id);
    auto popular = [&]() {
        long long r = (long long)pow((double)items, Unit()) - 1;
        return min(items - 1, max(0LL, r));
    };
    vector<pair<long long, long long>> out_rows;  // (order index, item rank)
    out_rows.reserve(rows);
    vector<long long> order_size;
    vector<long long> in_order;
    while ((long long)out_rows.size() < rows) {
        long long size = Uniform(1, maxsize), o = (long long)order_size.size();
        in_order.clear();
        long long prev = popular();
        for (long long t = 0; t < size * 3 && (long long)in_order.size() < size; ++t) {
            long long r = t == 0 ? prev : (long long)Below(1000) < near ? (prev + Uniform(1, 20)) % items : popular();
            if (find(in_order.begin(), in_order.end(), r) == in_order.end()) in_order.push_back(r), prev = r;
        }
        long long logged = 0;
        for (long long r : in_order) {
            if ((long long)out_rows.size() >= rows) break;
            out_rows.push_back({o, r}), ++logged;
            if ((long long)out_rows.size() < rows && (long long)Below(1000) < dup) out_rows.push_back({o, r}), ++logged;
        }
        order_size.push_back((long long)in_order.size());
    }
    vector<long long> order_id;
    distinct_ids((long long)order_size.size(), order_id);
    Shuffle(out_rows);
    // Cost of a query for item r: total distinct size of the orders containing r.
    vector<long long> cost(items, 0);
    {
        auto sorted = out_rows;
        sort(sorted.begin(), sorted.end());
        sorted.erase(unique(sorted.begin(), sorted.end()), sorted.end());
        for (auto& [o, r] : sorted) cost[r] += order_size[o];
    }
    string out;
    out.reserve((size_t)rows * 22 + 64);
    out += to_string(rows) + "\n";
    char buf[48];
    for (auto& [o, r] : out_rows) {
        int len = snprintf(buf, sizeof buf, "%lld %lld\n", order_id[o], item_id[r]);
        out.append(buf, len);
    }
    vector<long long> sorted_ids = item_id;
    sort(sorted_ids.begin(), sorted_ids.end());
    vector<long long> queries;
    long long used = 0;
    for (long long t = 0; t < q; ++t) {
        if ((long long)Below(1000) < unknown) {
            long long id = Uniform(1, 1000000000);
            if (binary_search(sorted_ids.begin(), sorted_ids.end(), id)) continue;
            queries.push_back(id);
            continue;
        }
        long long r = popular();
        if (used + cost[r] > budget) continue;
        used += cost[r];
        queries.push_back(item_id[r]);
    }
    out += to_string(queries.size()) + " " + to_string(k) + "\n";
    for (long long x : queries) out += to_string(x) + "\n";
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
