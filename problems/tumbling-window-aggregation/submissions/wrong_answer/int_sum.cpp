// BLIND WA: window sum accumulated in int (values up to 1e9, millions per window overflow)
#include <bits/stdc++.h>
using namespace std;
struct Agg { long long cnt = 0; int sum = 0; long long late = 0; };
static long long floordiv(long long a, long long b) { long long q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }
int main() {
    long long N, O, W, A;
    if (scanf("%lld %lld %lld %lld", &N, &O, &W, &A) != 4) return 0;
    unordered_map<string, map<long long, Agg>> agg;
    agg.reserve(1 << 18);
    bool any = false; long long mx = 0;
    char buf[64];
    for (long long i = 0; i < N; i++) {
        long long ts, v;
        scanf("%s %lld %lld", buf, &ts, &v);
        long long j = floordiv(ts - O, W);
        long long end = O + (j + 1) * W;
        Agg &a = agg[buf][j];
        if (any && end <= mx - A) a.late++;
        else { a.cnt++; a.sum += v; }
        if (!any || ts > mx) mx = ts;
        any = true;
    }
    vector<string> names; for (auto &p : agg) names.push_back(p.first);
    sort(names.begin(), names.end());
    string out;
    for (auto &n : names) for (auto &[j, a] : agg[n]) {
        char line[160]; snprintf(line, sizeof line, "%s %lld %lld %d %lld\n", n.c_str(), O + j * W, a.cnt, a.sum, a.late); out += line;
    }
    fputs(out.c_str(), stdout);
}
