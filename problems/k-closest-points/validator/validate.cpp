// Input validator for k-closest-points (plain protocol: input on stdin, exit 0 = valid, 1 =
// invalid with the reason on stderr). Strict format, every range of the statement, at most
// 2 * 10^6 points and at most 2 * 10^6 ids printed in all.
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

int main() {
    ReadAll();
    const long long k = Int(1, 100000, "k");
    Expect(' ');
    Int(-1000000000, 1000000000, "qx");
    Expect(' ');
    Int(-1000000000, 1000000000, "qy");
    Expect('\n');
    long long points = 0, printed = 0, queries = 0;
    while (at < in.size()) {
        if (in[at] == '?') {
            ++at;
            ++queries;
            printed += min(k, points);
            if (printed > 2000000) Fail("the queries print more than 2 000 000 ids in all");
        } else {
            Int(-1000000000, 1000000000, "x");
            Expect(' ');
            Int(-1000000000, 1000000000, "y");
            if (++points > 2000000) Fail("more than 2 000 000 points");
        }
        Expect('\n');
    }
    if (queries == 0) Fail("no query line '?'");
}
