// Input validator for roc-auc (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
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


// A score: an integer part (no leading zero), then optionally '.' and 1 to 6 digits; in [0, 1].
static void Score() {
    const size_t start = at;
    while (at < in.size() && isdigit((unsigned char)in[at])) ++at;
    if (at == start) Fail("expected a score");
    if (at - start > 1) Fail("score has more than one digit before the point or a leading zero");
    const int whole = in[start] - '0';
    bool nonzero_fraction = false;
    if (at < in.size() && in[at] == '.') {
        const size_t frac = ++at;
        while (at < in.size() && isdigit((unsigned char)in[at])) nonzero_fraction |= in[at++] != '0';
        if (at == frac) Fail("score has a point with no digits after it");
        if (at - frac > 6) Fail("score has more than 6 digits after the point");
    }
    if (whole > 1 || (whole == 1 && nonzero_fraction)) Fail("score is above 1");
}

int main() {
    ReadAll();
    const long long n = (long long)Int(2, 2000000, "N");
    Expect('\n');
    long long positives = 0;
    for (long long i = 0; i < n; ++i) {
        Score();
        Expect(' ');
        positives += (long long)Int(0, 1, "label");
        Expect('\n');
    }
    End();
    if (positives == 0) Fail("no row has label 1");
    if (positives == n) Fail("no row has label 0");
}
