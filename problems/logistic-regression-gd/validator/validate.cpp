// Input validator for logistic-regression-gd (plain protocol: input on stdin, exit 0 = valid,
// 1 = invalid with the reason on stderr).
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
// A decimal "-?int(.d{1,4})?" returned in units of 10^-4, within [lo, hi] (same units).
static long long Decimal(long long lo, long long hi, const char* what) {
    bool neg = false;
    if (at < in.size() && in[at] == '-') neg = true, ++at;
    long long whole = (long long)Int(0, 1000000, what), frac = 0;
    int digits = 0;
    if (at < in.size() && in[at] == '.') {
        ++at;
        while (at < in.size() && isdigit((unsigned char)in[at]) && digits < 5) frac = frac * 10 + (in[at++] - '0'), ++digits;
        if (digits < 1 || digits > 4) Fail(string(what) + " must have 1 to 4 decimals");
        for (int k = digits; k < 4; ++k) frac *= 10;
    }
    long long v = whole * 10000 + frac;
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
    const long long n = (long long)Int(1, 2000000, "N");
    Expect(' ');
    const long long d = (long long)Int(1, 200, "d");
    Expect(' ');
    const long long s = (long long)Int(0, 1000, "S");
    Expect(' ');
    Decimal(1, 100000, "learning rate");  // 0 < lr <= 10
    Expect('\n');
    if (n * d > 2000000) Fail("N * d > 2 000 000");
    if (s * n * d > 100000000) Fail("S * N * d > 10^8");
    for (long long i = 0; i < n; ++i) {
        for (long long j = 0; j < d; ++j) Decimal(-100000, 100000, "feature"), Expect(' ');
        Int(0, 1, "label");
        Expect('\n');
    }
    End();
}
