// Input validator for minhash-near-duplicates (plain protocol: input on stdin, exit 0 = valid, 1 = invalid with
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


int main() {
    ReadAll();
    const long long n = (long long)Int(0, 60000, "N");
    Expect(' ');
    const long long t = (long long)Int(1, 100, "T");
    Expect('\n');
    long long total = 0;
    vector<vector<long long>> docs(n);
    for (long long i = 0; i < n; ++i) {
        const long long l = (long long)Int(1, 3000000, "L");
        total += l;
        if (total > 3000000) Fail("more than 3 000 000 shingles in all");
        auto& doc = docs[i];
        doc.resize(l);
        for (auto& s : doc) Expect(' '), s = (long long)Int(1, 1000000000, "shingle id");
        Expect('\n');
        sort(doc.begin(), doc.end());
        if (adjacent_find(doc.begin(), doc.end()) != doc.end())
            --line_no, Fail("document " + to_string(i) + " lists a shingle twice");
    }
    End();
    // At most 500 000 pairs in the answer: count them with an inverted index over the earlier
    // documents (shared-shingle counts per pair, then 100 |A & B| >= T |A u B|).
    unordered_map<long long, vector<int>> postings;
    vector<int> shared(n, 0), touched;
    long long pairs = 0;
    for (int i = 0; i < (int)n; ++i) {
        touched.clear();
        for (long long s : docs[i]) {
            auto it = postings.find(s);
            if (it == postings.end()) continue;
            for (int j : it->second)
                if (shared[j]++ == 0) touched.push_back(j);
        }
        for (int j : touched) {
            const long long inter = shared[j], uni = (long long)(docs[i].size() + docs[j].size()) - inter;
            if (100 * inter >= t * uni) ++pairs;
            shared[j] = 0;
        }
        for (long long s : docs[i]) postings[s].push_back(i);
    }
    if (pairs > 500000) Fail("the answer has " + to_string(pairs) + " pairs, above 500 000");
}
