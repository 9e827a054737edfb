// Input validator for distributed-hash-join (plain protocol: the WHOLE input on stdin, exit 0 =
// valid, 1 = invalid with the reason on stderr).
// Strict: one line per row, single spaces, a final newline, no leading zeros, ranges checked,
// user_id distinct among the "U" lines, at most 1 000 distinct countries, at most 2 000 000
// lines.
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
        if (v > (1LL << 40)) Fail(string(what) + " is far too large");
    }
    if (at == start) Fail(string("expected ") + what);
    if (at - start > 1 && in[start] == '0') Fail(string(what) + " has a leading zero");
    if (v < lo || v > hi) Fail(string(what) + " is out of range");
    return v;
}

int main() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
    unordered_set<long long> users;
    set<string> countries;
    long long lines = 0;
    while (at < in.size()) {
        if (++lines > 2000000) Fail("more than 2000000 lines");
        const char kind = in[at];
        if (kind != 'U' && kind != 'O') Fail("a line must start with 'U' or 'O'");
        ++at;
        Expect(' ');
        const long long id = Int(1, 1000000000, "user_id");
        Expect(' ');
        if (kind == 'U') {
            size_t start = at;
            while (at < in.size() && in[at] >= 'A' && in[at] <= 'Z') ++at;
            if (at == start || at - start > 8) Fail("country must be 1 to 8 letters A-Z");
            if (countries.insert(in.substr(start, at - start)).second && countries.size() > 1000)
                Fail("more than 1000 distinct countries");
            if (!users.insert(id).second) Fail("user_id " + to_string(id) + " appears in two U lines");
        } else {
            Int(0, 1000000000, "amount");
        }
        Expect('\n');
    }
}
