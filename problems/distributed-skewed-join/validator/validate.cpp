// Input validator for distributed-skewed-join (plain protocol: the WHOLE input on stdin, exit
// 0 = valid, 1 = invalid with the reason on stderr).
// Strict: one row per line, single spaces, a final newline, no leading zeros, ranges checked,
// ad_id distinct among the "A" lines, at most 100 000 "A" lines, at most 2 000 distinct campaign
// ids, at most 1 500 000 lines.
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
    unordered_set<long long> ads, campaigns;
    long long lines = 0;
    while (at < in.size()) {
        if (++lines > 1500000) Fail("more than 1500000 lines");
        const char kind = in[at];
        if (kind != 'A' && kind != 'C') Fail("a line must start with 'A' or 'C'");
        ++at;
        Expect(' ');
        const long long id = Int(1, 1000000000, "ad_id");
        Expect(' ');
        if (kind == 'A') {
            if (!ads.insert(id).second) Fail("ad_id " + to_string(id) + " appears in two A lines");
            if (ads.size() > 100000) Fail("more than 100000 A lines");
            if (campaigns.insert(Int(1, 1000000, "campaign_id")).second && campaigns.size() > 2000)
                Fail("more than 2000 distinct campaign ids");
            Expect(' ');
            Int(0, 1000000, "cap");
        } else {
            Int(1, 1000000, "bid");
        }
        Expect('\n');
    }
}
