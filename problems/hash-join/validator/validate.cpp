// Input validator for hash-join (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
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


static string Country() {
    size_t start = at;
    while (at < in.size() && in[at] >= 'A' && in[at] <= 'Z') ++at;
    if (at == start) Fail("expected a country of uppercase letters A-Z");
    if (at - start > 8) Fail("country is longer than 8 letters");
    return in.substr(start, at - start);
}

int main() {
    ReadAll();
    const long long u = (long long)Int(0, 2000000, "U");
    Expect('\n');
    unordered_map<string, int> country_index;
    unordered_map<long long, vector<int>> rows_of_user;  // user_id -> country index per row
    for (long long i = 0; i < u; ++i) {
        const long long uid = (long long)Int(1, 1000000000, "user_id");
        Expect(' ');
        const string c = Country();
        Expect('\n');
        auto [it, added] = country_index.emplace(c, (int)country_index.size());
        if (added && country_index.size() > 1000) Fail("more than 1 000 distinct countries");
        rows_of_user[uid].push_back(it->second);
    }
    const long long o = (long long)Int(0, 2000000, "O");
    Expect('\n');
    unordered_set<long long> order_ids;
    order_ids.reserve(o);
    vector<__int128> total(country_index.size(), 0);
    long long joined = 0;
    for (long long i = 0; i < o; ++i) {
        const long long oid = (long long)Int(1, 1000000000, "order_id");
        if (!order_ids.insert(oid).second) Fail("order_id " + to_string(oid) + " is repeated");
        Expect(' ');
        const long long uid = (long long)Int(1, 1000000000, "user_id");
        Expect(' ');
        const long long amount = (long long)Int(0, 1000000000, "amount");
        Expect('\n');
        auto it = rows_of_user.find(uid);
        if (it == rows_of_user.end()) continue;
        joined += (long long)it->second.size();
        if (joined > 10000000) Fail("the join has more than 10^7 rows");
        for (int c : it->second) total[c] += amount;
    }
    End();
    for (auto& [c, idx] : country_index)
        if (total[idx] >= (__int128)100000000000000000LL) Fail("country " + c + " has a total of 10^17 or more");
}
