// BLIND WA: a late event is only recorded if its window already exists, so windows that received only late events are never printed
#include <bits/stdc++.h>
using namespace std;
struct Agg { long long cnt = 0, sum = 0, late = 0; };
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
        if (any && end <= mx - A) {
            auto t = agg.find(buf);
            if (t != agg.end()) { auto w = t->second.find(j); if (w != t->second.end()) w->second.late++; }
        } else { Agg &a = agg[buf][j]; a.cnt++; a.sum += v; }
        if (!any || ts > mx) mx = ts;
        any = true;
    }
    vector<string> names; for (auto &p : agg) names.push_back(p.first);
    sort(names.begin(), names.end());
    for (auto &n : names) for (auto &[j, a] : agg[n])
        printf("%s %lld %lld %lld %lld\n", n.c_str(), O + j * W, a.cnt, a.sum, a.late);
}
