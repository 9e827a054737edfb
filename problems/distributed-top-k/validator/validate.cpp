// Input validator for distributed-top-k (plain protocol: the WHOLE case input on stdin, exit 0 =
// valid, 1 = invalid with the reason on stderr).
//
// Format: "N K\n", then exactly N lines, each one item id. Strict: single spaces, a newline
// after every line, no leading zeros, no signs; 0 <= N <= 3 000 000, 1 <= K <= 1000,
// 0 <= id <= 10^18.
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
    unsigned long long v = 0;
    while (at < in.size() && in[at] >= '0' && in[at] <= '9') {
        v = v * 10 + unsigned(in[at++] - '0');
        if (at - start > 19) Fail(string(what) + " is far too large");
    }
    if (at == start) Fail(string("expected ") + what);
    if (at - start > 1 && in[start] == '0') Fail(string(what) + " has a leading zero");
    if (v < (unsigned long long)lo || v > (unsigned long long)hi) Fail(string(what) + " is out of range");
    return (long long)v;
}

int main() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
    const long long n = Int(0, 3000000, "N");
    Expect(' ');
    Int(1, 1000, "K");
    Expect('\n');
    for (long long i = 0; i < n; ++i) {
        if (at == in.size()) Fail("the input ends after " + to_string(i) + " of N = " + to_string(n) + " ids");
        Int(0, 1000000000000000000LL, "id");
        Expect('\n');
    }
    if (at != in.size()) Fail("extra data after the last of the N ids");
    return 0;
}
