// BLIND WA: running max timestamp starts at 0 instead of "no event yet", so with negative timestamps early events are wrongly late
#include <bits/stdc++.h>
using namespace std;
struct Agg { long long cnt = 0, sum = 0, late = 0; };
static long long floordiv(long long a, long long b) { long long q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }
int main() {
    long long N, O, W, A;
    if (scanf("%lld %lld %lld %lld", &N, &O, &W, &A) != 4) return 0;
    unordered_map<string, map<long long, Agg>> agg;
    agg.reserve(1 << 18);
    long long mx = 0;
    char buf[64];
    for (long long i = 0; i < N; i++) {
        long long ts, v;
        scanf("%s %lld %lld", buf, &ts, &v);
        long long j = floordiv(ts - O, W);
        long long end = O + (j + 1) * W;
        Agg &a = agg[buf][j];
        long long wm = mx - A;
        if (end <= wm) a.late++;
        else { a.cnt++; a.sum += v; }
        mx = max(mx, ts);
    }
    vector<string> names; for (auto &p : agg) names.push_back(p.first);
    sort(names.begin(), names.end());
    for (auto &n : names) for (auto &[j, a] : agg[n])
        printf("%s %lld %lld %lld %lld\n", n.c_str(), O + j * W, a.cnt, a.sum, a.late);
}
