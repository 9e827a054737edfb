// Checker for approximate-quantiles (testlib protocol: checker input output answer; exit 0 =
// OK, 1 = WA with the reason on stderr, 3 = the input itself is broken).
//
// The answer file is not used (it is the reference's own approximation). The checker sorts the
// input: x_1 <= ... <= x_N. For q = Q / 100 (Q = 50, 95, 99) the allowed ranks are the i with
// |i - q N| <= 0.005 N, plus the nearest rank ceil(q N) itself (so that tiny N has an answer):
// a contiguous range [a, b]. The printed value v is accepted when some allowed x_i is within
// 1 % of v: 0.99 x_a <= v <= 1.01 x_b.
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
    auto next = [&](long long& v) {
        int c = gc();
        while (c != -1 && c <= ' ') c = gc();
        if (c == -1) return false;
        v = 0;
        while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = gc();
        return true;
    };
    long long n;
    if (!next(n) || n < 1) Verdict(3, "bad input header");
    vector<uint32_t> x(n);
    for (auto& v : x) {
        long long t;
        if (!next(t)) Verdict(3, "input ends early");
        v = (uint32_t)t;
    }
    fclose(in);
    sort(x.begin(), x.end());

    ifstream out(argv[2]);
    const int qs[3] = {50, 95, 99};
    for (int qi = 0; qi < 3; ++qi) {
        const long long Q = qs[qi];
        string tok;
        if (!(out >> tok)) Verdict(1, "p" + to_string(Q) + " is missing: expected 3 numbers");
        char* end = nullptr;
        errno = 0;
        const double v = strtod(tok.c_str(), &end);
        if (end != tok.c_str() + tok.size() || errno != 0 || !isfinite(v))
            Verdict(1, "p" + to_string(Q) + " is not a number: '" + tok.substr(0, 40) + "'");
        const long long nearest = (Q * n + 99) / 100;            // ceil(q N)
        long long a = ((2 * Q - 1) * n + 199) / 200;             // ceil((q - 0.005) N)
        long long b = ((2 * Q + 1) * n) / 200;                   // floor((q + 0.005) N)
        a = max(1LL, min(a, nearest));
        b = min(n, max(b, nearest));
        const double lo = 0.99 * x[a - 1], hi = 1.01 * x[b - 1];
        if (v < lo - 1e-9 || v > hi + 1e-9) {
            char msg[300];
            snprintf(msg, sizeof msg,
                     "p%lld = %s is outside [%.2f, %.2f]: the values of ranks %lld..%lld (exact p%lld = %u) +- 1%%",
                     Q, tok.substr(0, 30).c_str(), lo, hi, a, b, Q, x[nearest - 1]);
            Verdict(1, msg);
        }
    }
    string extra;
    if (out >> extra) Verdict(1, "more than 3 numbers: '" + extra.substr(0, 40) + "'");
    fprintf(stderr, "ok p50 p95 p99 within tolerance (N = %lld)\n", n);
    return 0;
}
