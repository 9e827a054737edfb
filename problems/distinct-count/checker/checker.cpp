// Checker for distinct-count (testlib protocol: checker input output answer; exit 0 = OK,
// 1 = WA with the reason on stderr, 3 = the input itself is broken).
//
// The answer file is not used (it is the reference's own estimate). The checker counts the
// distinct ids of the input exactly (sort + unique) and accepts one number E with
// |E - D| <= max(0.02 * D, 0.5).
#include <bits/stdc++.h>
using namespace std;

[[noreturn]] static void Verdict(int code, const string& msg) {
    fprintf(stderr, "%s\n", msg.c_str());
    exit(code);
}

int main(int argc, char** argv) {
    if (argc < 4) Verdict(3, "usage: checker input output answer");
    FILE* in = fopen(argv[1], "r");
    if (!in) Verdict(3, "cannot open the input");
    static char buf[1 << 16];
    size_t len = 0, pos = 0;
    auto gc = [&]() -> int {
        if (pos == len) {
            len = fread(buf, 1, sizeof buf, in);
            pos = 0;
            if (len == 0) return -1;
        }
        return (unsigned char)buf[pos++];
    };
    auto next = [&](uint64_t& v) {
        int c = gc();
        while (c != -1 && c <= ' ') c = gc();
        if (c == -1) return false;
        v = 0;
        while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = gc();
        return true;
    };
    uint64_t n;
    if (!next(n)) Verdict(3, "bad input header");
    vector<uint64_t> ids(n);
    for (auto& v : ids)
        if (!next(v)) Verdict(3, "input ends early");
    fclose(in);
    sort(ids.begin(), ids.end());
    const double d = (double)(unique(ids.begin(), ids.end()) - ids.begin());

    ifstream out(argv[2]);
    string tok, extra;
    if (!(out >> tok)) Verdict(1, "no output: expected one number");
    if (out >> extra) Verdict(1, "expected one number, got more: '" + extra.substr(0, 40) + "'");
    char* end = nullptr;
    errno = 0;
    const double e = strtod(tok.c_str(), &end);
    if (end != tok.c_str() + tok.size() || errno != 0 || !isfinite(e))
        Verdict(1, "not a number: '" + tok.substr(0, 40) + "'");
    const double err = fabs(e - d), allowed = max(0.02 * d, 0.5);
    char msg[200];
    snprintf(msg, sizeof msg, "estimate %s, true %.0f distinct ids: relative error %.3f%% (allowed 2%%)",
             tok.substr(0, 30).c_str(), d, d > 0 ? 100.0 * err / d : (err > 0 ? 100.0 : 0.0));
    if (err > allowed) Verdict(1, msg);
    fprintf(stderr, "ok %s\n", msg);
    return 0;
}
