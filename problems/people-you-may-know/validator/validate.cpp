// Input validator for people-you-may-know (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
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
    const long long n = (long long)Int(1, 1000000, "N");
    Expect(' ');
    const long long m = (long long)Int(0, 1000000, "M");
    Expect('\n');
    vector<pair<int, int>> edges(m);
    for (auto& [a, b] : edges) {
        a = (int)Int(0, n - 1, "u");
        Expect(' ');
        b = (int)Int(0, n - 1, "v");
        if (a == b) Fail("self-loop " + to_string(a) + " " + to_string(b));
        Expect('\n');
        if (a > b) swap(a, b);
    }
    const long long q = (long long)Int(0, 20000, "Q");
    Expect(' ');
    Int(1, 100, "k");
    Expect('\n');
    vector<int> queries(q);
    for (auto& u : queries) u = (int)Int(0, n - 1, "query user"), Expect('\n');
    End();
    // Summed over the queries, sum of deg(f) over the friends f of the queried user <= 5 * 10^7
    // (degrees over distinct friendships).
    sort(edges.begin(), edges.end());
    edges.erase(unique(edges.begin(), edges.end()), edges.end());
    vector<long long> deg(n, 0), walk(n, 0);
    for (auto& [a, b] : edges) ++deg[a], ++deg[b];
    for (auto& [a, b] : edges) walk[a] += deg[b], walk[b] += deg[a];
    long long total = 0;
    for (int u : queries) total += walk[u];
    if (total > 50000000)
        Fail("the friends-of-friends walk over the queries is " + to_string(total) + ", above 5 * 10^7");
}
