// Input validator for unfinished-books (plain protocol: input on stdin, exit 0 = valid, 1 =
// invalid with the reason on stderr). Strict format, every range of the statement, distinct
// candidates within a query.
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
    size_t start = at;
    long long v = 0;
    while (at < in.size() && in[at] >= '0' && in[at] <= '9') {
        v = v * 10 + (in[at++] - '0');
        if (v > (1LL << 50)) Fail(string(what) + " is far too large");
    }
    if (at == start) Fail(string("expected ") + what);
    if (at - start > 1 && in[start] == '0') Fail(string(what) + " has a leading zero");
    if (v < lo || v > hi) Fail(string(what) + " is out of range");
    return v;
}
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}

int main() {
    ReadAll();
    const long long books = Int(1, 100000, "B");
    Expect(' ');
    const long long n = Int(0, 1500000, "N");
    Expect(' ');
    const long long q = Int(1, 100000, "Q");
    Expect(' ');
    const long long snapshot = Int(0, 4000000000000LL, "T");
    Expect('\n');
    for (long long b = 0; b < books; ++b) {
        Int(0, 99, "genre");
        Expect(' ');
        Int(0, 99999, "author");
        Expect('\n');
    }
    for (long long i = 0; i < n; ++i) {
        Int(0, 999999, "reader");
        Expect(' ');
        Int(0, books - 1, "book");
        Expect(' ');
        Int(0, snapshot, "timestamp (0 <= ts <= T)");
        Expect(' ');
        Int(0, 100, "progress");
        Expect('\n');
    }
    long long total = 0;
    vector<long long> seen(books, -1);
    for (long long i = 0; i < q; ++i) {
        Int(0, 999999, "reader");
        Expect(' ');
        const long long m = Int(1, books, "m");
        total += m;
        if (total > 1000000) Fail("more than 10^6 candidates in all");
        for (long long j = 0; j < m; ++j) {
            Expect(' ');
            const long long c = Int(0, books - 1, "candidate");
            if (seen[c] == i) Fail("a candidate twice in one query");
            seen[c] = i;
        }
        Expect('\n');
    }
    if (at != in.size()) Fail("extra data after the last query");
}
