// Input validator for sparse-dot-products (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
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


// A value: optional '-', an integer part with no leading zero, optionally '.' and 1 to 3
// digits; |value| <= 100.
static void Value() {
    if (at < in.size() && in[at] == '-') ++at;
    const size_t start = at;
    long long thousandths = 0;
    while (at < in.size() && isdigit((unsigned char)in[at]) && at - start < 4) thousandths = thousandths * 10 + (in[at++] - '0');
    if (at == start) Fail("expected a value");
    if (at - start > 1 && in[start] == '0') Fail("value has a leading zero");
    int decimals = 0;
    if (at < in.size() && in[at] == '.') {
        ++at;
        while (at < in.size() && isdigit((unsigned char)in[at]) && decimals < 4) thousandths = thousandths * 10 + (in[at++] - '0'), ++decimals;
        if (decimals == 0) Fail("value has a point with no digits after it");
        if (decimals > 3) Fail("value has more than 3 digits after the point");
    }
    for (int d = decimals; d < 3; ++d) thousandths *= 10;
    if (thousandths > 100000 || (at < in.size() && isdigit((unsigned char)in[at]))) Fail("value is outside [-100, 100]");
}

int main() {
    ReadAll();
    const long long m = (long long)Int(0, 200000, "M");
    Expect(' ');
    const long long dim = (long long)Int(1, 1000000, "D");
    Expect('\n');
    vector<long long> len(m);
    long long total = 0;
    for (long long v = 0; v < m; ++v) {
        len[v] = (long long)Int(0, 30000, "L");
        total += len[v];
        if (total > 4000000) Fail("more than 4 000 000 entries in all");
        long long prev = -1;
        for (long long e = 0; e < len[v]; ++e) {
            Expect(' ');
            const long long idx = (long long)Int(0, dim - 1, "index");
            if (idx <= prev) Fail("index " + to_string(idx) + " does not increase strictly");
            prev = idx;
            Expect(' ');
            Value();
        }
        Expect('\n');
    }
    const long long q = (long long)Int(0, 500000, "Q");
    Expect('\n');
    if (q > 0 && m == 0) Fail("queries but no vectors");
    long long work = 0;
    for (long long i = 0; i < q; ++i) {
        const long long a = (long long)Int(0, m - 1, "a");
        Expect(' ');
        const long long b = (long long)Int(0, m - 1, "b");
        Expect('\n');
        work += len[a] + len[b];
        if (work > 50000000) Fail("the sum over queries of len(a) + len(b) is above 5 * 10^7");
    }
    End();
}
