// Input validator for board-game-recommendations (plain protocol: input on stdin, exit 0 =
// valid, 1 = invalid with the reason on stderr). Strict format, every range of the statement,
// no (user, game) pair twice, at most 1000 ratings per user.
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
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}

int main() {
    ReadAll();
    const long long users = Int(1, 200000, "U");
    Expect(' ');
    const long long games = Int(1, 100000, "G");
    Expect(' ');
    const long long r = Int(0, 2000000, "R");
    Expect(' ');
    const long long q = Int(1, 20000, "Q");
    Expect(' ');
    Int(1, 100, "K");
    Expect(' ');
    Int(1, 100, "M");
    Expect('\n');
    vector<long long> pairs;
    pairs.reserve(r);
    vector<int> per_user(users, 0);
    for (long long i = 0; i < r; ++i) {
        const long long u = Int(0, users - 1, "user");
        Expect(' ');
        const long long g = Int(0, games - 1, "game");
        Expect(' ');
        Int(1, 10, "rating");
        Expect('\n');
        if (++per_user[u] > 1000) Fail("a user with more than 1000 ratings");
        pairs.push_back(u * 200000 + g);
    }
    for (long long i = 0; i < q; ++i) {
        Int(0, users - 1, "friend");
        Expect('\n');
    }
    if (at != in.size()) Fail("extra data after the last friend");
    sort(pairs.begin(), pairs.end());
    if (adjacent_find(pairs.begin(), pairs.end()) != pairs.end()) Fail("a user rates the same game twice");
}
