// Input validator for weighted-random-pick (plain protocol: input on stdin, exit 0 = valid,
// 1 = invalid with the reason on stderr). Strict format, every range of the statement, and the
// total weight is positive at every pick.
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
static unsigned long long Uint(unsigned long long lo, unsigned long long hi, const char* what) {
    size_t start = at;
    unsigned __int128 v = 0;
    while (at < in.size() && in[at] >= '0' && in[at] <= '9') {
        v = v * 10 + (unsigned)(in[at++] - '0');
        if (v > ((unsigned __int128)1 << 70)) Fail(string(what) + " is far too large");
    }
    if (at == start) Fail(string("expected ") + what);
    if (at - start > 1 && in[start] == '0') Fail(string(what) + " has a leading zero");
    if (v < lo || v > hi) Fail(string(what) + " is out of range");
    return (unsigned long long)v;
}
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}

int main() {
    ReadAll();
    const unsigned long long n = Uint(1, 1000000, "n");
    Expect(' ');
    Uint(0, ~0ULL, "seed");
    Expect('\n');
    vector<unsigned long long> w(n);
    unsigned long long total = 0;
    for (unsigned long long i = 0; i < n; ++i) {
        if (i) Expect(' ');
        total += (w[i] = Uint(0, 1000000000, "weight"));
    }
    Expect('\n');
    const unsigned long long q = Uint(1, 1000000, "q");
    Expect('\n');
    unsigned long long picks = 0;
    for (unsigned long long op = 0; op < q; ++op) {
        if (at < in.size() && in[at] == 'p') {
            ++at;
            Expect(' ');
            picks += Uint(1, 2000000, "pick count");
            if (picks > 2000000) Fail("more than 2 000 000 picks in all");
            if (total == 0) Fail("a pick while every weight is 0");
        } else if (at < in.size() && in[at] == 'u') {
            ++at;
            Expect(' ');
            const unsigned long long i = Uint(0, n - 1, "item index");
            Expect(' ');
            const unsigned long long x = Uint(0, 1000000000, "weight");
            total += x - w[i];
            w[i] = x;
        } else {
            Fail("expected an operation 'p' or 'u'");
        }
        Expect('\n');
    }
    if (at != in.size()) Fail("extra data after the last line");
}
