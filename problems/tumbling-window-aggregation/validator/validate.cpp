// Input validator for tumbling-window-aggregation (plain protocol: input on stdin, exit 0 =
// valid, 1 = invalid with the reason on stderr). Strict format and every range of the
// statement.
#include <bits/stdc++.h>
using namespace std;

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
static long long Int(long long lo, long long hi, const char* what) {
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
    return (long long)v;
}
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}
static bool TenantChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

int main() {
    ReadAll();
    const long long kMax = 10000000000000LL;
    const long long n = Int(0, 2000000, "N");
    Expect(' ');
    Int(-kMax, kMax, "origin");
    Expect(' ');
    Int(1, kMax, "width");
    Expect(' ');
    Int(0, kMax, "lateness");
    Expect('\n');
    unordered_set<string_view> tenants;
    for (long long i = 0; i < n; ++i) {
        const size_t start = at;
        while (at < in.size() && TenantChar(in[at])) ++at;
        if (at == start) Fail("expected a tenant of a-z, 0-9, _ and -");
        if (at - start > 16) Fail("tenant is longer than 16 characters");
        if (tenants.insert(string_view(in).substr(start, at - start)).second && tenants.size() > 200000)
            Fail("more than 200 000 tenants");
        Expect(' ');
        Int(-kMax, kMax, "timestamp");
        Expect(' ');
        Int(-1000000000, 1000000000, "value");
        Expect('\n');
    }
    if (at != in.size()) Fail("extra data after the last line");
}
