// Input validator for also-bought (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
// the reason on stderr).
#include <bits/stdc++.h>
using namespace std;

// Strict reading of the whole input: exact single spaces and newlines, no leading zeros, no
// '+', ranges checked. Exit 0 = valid; otherwise the reason on stderr and exit 1.
static string in;
static size_t at = 0;
static long long line_no = 1;

[[noreturn]] static void Fail(const string& why) {
    fprintf(stderr, "line %lld: %s\n", line_no, why.c_str());
    exit(1);
}
static void Expect(char c) {
    if (at >= in.size() || in[at] != c)
        Fail(string("expected ") + (c == '\n' ? "a newline" : c == ' ' ? "a space" : string(1, c)));
    ++at;
    if (c == '\n') ++line_no;
}
static __int128 Int(__int128 lo, __int128 hi, const char* what) {
    bool neg = false;
    if (at < in.size() && in[at] == '-') neg = true, ++at;
    size_t start = at;
    __int128 v = 0;
    while (at < in.size() && in[at] >= '0' && in[at] <= '9') {
        v = v * 10 + (in[at++] - '0');
        if (v > ((__int128)1 << 70)) Fail(string(what) + " is far too large");
    }
    if (at == start) Fail(string("expected ") + what);
    if (at - start > 1 && in[start] == '0') Fail(string(what) + " has a leading zero");
    if (neg && v == 0) Fail(string(what) + " is -0");
    if (neg) v = -v;
    if (v < lo || v > hi) Fail(string(what) + " is out of range");
    return v;
}
static void End() {
    if (at != in.size()) Fail("extra data after the last line");
}
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}


int main() {
    ReadAll();
    const long long r = (long long)Int(0, 1000000, "R");
    Expect('\n');
    vector<pair<long long, long long>> rows(r);  // (order_id, item_id)
    for (auto& [o, it] : rows) {
        o = (long long)Int(1, 1000000000, "order_id");
        Expect(' ');
        it = (long long)Int(1, 1000000000, "item_id");
        Expect('\n');
    }
    const long long q = (long long)Int(0, 5000, "Q");
    Expect(' ');
    Int(1, 100, "k");
    Expect('\n');
    vector<long long> queries(q);
    for (auto& x : queries) x = (long long)Int(1, 1000000000, "query item_id"), Expect('\n');
    End();
    // Summed over the queries, the orders containing the queried item have at most 10^7 rows.
    // Counted as distinct (order, item) rows, as the generator budgets it: a row logged twice
    // counts once (the committed big tiers exceed 10^7 only when duplicates are counted).
    sort(rows.begin(), rows.end());
    rows.erase(unique(rows.begin(), rows.end()), rows.end());
    unordered_map<long long, long long> order_rows;
    for (auto& [o, it] : rows) ++order_rows[o];
    unordered_map<long long, long long> cost;  // item -> rows of the orders containing it
    for (auto& [o, it] : rows) cost[it] += order_rows[o];
    long long total = 0;
    for (long long x : queries) {
        auto f = cost.find(x);
        if (f != cost.end()) total += f->second;
    }
    if (total > 10000000)
        Fail("the orders containing the queried items have " + to_string(total) + " rows in all, above 10^7");
}
