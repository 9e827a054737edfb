// Input validator for churn-labelling (plain protocol: input on stdin, exit 0 = valid, 1 =
// invalid with the reason on stderr). Strict format, every range of the statement, blocks in
// non-decreasing day order, ids strictly increasing inside a block.
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static size_t pos = 0, len = 0;
static long long line_no = 1;
static int cur = -2;

static int Peek() {
    if (cur == -2) {
        if (pos == len) {
            len = fread(buf, 1, sizeof buf, stdin);
            pos = 0;
        }
        cur = pos < len ? (unsigned char)buf[pos++] : -1;
    }
    return cur;
}
static void Advance() { cur = -2; }
[[noreturn]] static void Fail(const string& why) {
    fprintf(stderr, "line %lld: %s\n", line_no, why.c_str());
    exit(1);
}
static void Expect(char c) {
    if (Peek() != c) Fail(string("expected ") + (c == '\n' ? "a newline" : c == ' ' ? "a space" : string(1, c)));
    Advance();
    if (c == '\n') ++line_no;
}
static long long Int(long long lo, long long hi, const char* what) {
    long long v = 0;
    int digits = 0;
    bool leading_zero = false;
    while (Peek() >= '0' && Peek() <= '9') {
        if (digits == 0 && Peek() == '0') leading_zero = true;
        v = v * 10 + (Peek() - '0');
        Advance();
        if (++digits > 12) Fail(string(what) + " is far too large");
    }
    if (digits == 0) Fail(string("expected ") + what);
    if (leading_zero && digits > 1) Fail(string(what) + " has a leading zero");
    if (v < lo || v > hi) Fail(string(what) + " is out of range");
    return v;
}

int main() {
    const long long users = Int(1, 1000000, "U");
    Expect(' ');
    Int(0, 100000, "C");
    Expect(' ');
    const long long lookback = Int(2, 10000, "L");
    if (lookback % 2) Fail("L is odd");
    Expect(' ');
    Int(1, 10000, "W");
    Expect(' ');
    const long long blocks = Int(0, 1000000, "B");
    Expect('\n');
    long long rows = 0, last_day = -1;
    for (long long b = 0; b < blocks; ++b) {
        const long long day = Int(0, 100000, "day");
        if (day < last_day) Fail("blocks are not in day order");
        last_day = day;
        Expect(' ');
        const long long m = Int(0, users, "m");
        rows += m;
        if (rows > 30000000) Fail("more than 3 * 10^7 rows");
        Expect('\n');
        long long id = -1;
        for (long long i = 0; i < m; ++i) {
            if (i) Expect(' ');
            id = i ? id + Int(1, users, "gap") : Int(0, users - 1, "first id");
            if (id >= users) Fail("user id past U - 1");
        }
        Expect('\n');
    }
    if (Peek() != -1) Fail("extra data after the last block");
}
