// BLIND WA: "last" taken as the timestamp of the furthest-progress event instead of the latest ts of any event
#include <bits/stdc++.h>
using namespace std;
struct Ev { long long key, ts; int prog; };
struct RD { vector<pair<int, int>> ga, aa; vector<int> started; };
int main() {
    int B, N, Q; long long T;
    if (scanf("%d %d %d %lld", &B, &N, &Q, &T) != 4) return 0;
    vector<int> genre(B), author(B);
    for (int i = 0; i < B; i++) scanf("%d %d", &genre[i], &author[i]);
    vector<Ev> ev(N);
    for (int i = 0; i < N; i++) { long long r, b, ts; int p; scanf("%lld %lld %lld %d", &r, &b, &ts, &p); ev[i] = {r * B + b, ts, p}; }
    sort(ev.begin(), ev.end(), [](const Ev &a, const Ev &b) { return a.key < b.key; });
    const long long MONTH = 30LL * 24 * 3600 * 1000;
    unordered_map<int, RD> rd; rd.reserve(N * 2 + 1);
    for (int i = 0; i < N;) {
        int j = i; int furthest = -1; long long last = -1;
        for (; j < N && ev[j].key == ev[i].key; j++) {
            if (ev[j].prog > furthest || (ev[j].prog == furthest && ev[j].ts > last)) { furthest = ev[j].prog; last = ev[j].ts; }
        }
        int r = ev[i].key / B, b = ev[i].key % B;
        i = j;
        if (furthest < 5) continue;
        RD &d = rd[r];
        d.started.push_back(b);
        if (furthest >= 90) { d.ga.push_back({genre[b], 2}); d.aa.push_back({author[b], 2}); }
        else if (last <= T - MONTH) { d.ga.push_back({genre[b], 1}); d.aa.push_back({author[b], -3}); }
    }
    auto compact = [](vector<pair<int, int>> &v) { sort(v.begin(), v.end()); vector<pair<int, int>> o; for (auto &p : v) { if (!o.empty() && o.back().first == p.first) o.back().second += p.second; else o.push_back(p); } v.swap(o); };
    for (auto &[r, d] : rd) { compact(d.ga); compact(d.aa); sort(d.started.begin(), d.started.end()); }
    auto look = [](const vector<pair<int, int>> &v, int k) { auto it = lower_bound(v.begin(), v.end(), make_pair(k, INT_MIN)); return (it != v.end() && it->first == k) ? it->second : 0; };
    string out;
    for (int q = 0; q < Q; q++) {
        int r, m; scanf("%d %d", &r, &m);
        vector<int> cs(m); for (auto &c : cs) scanf("%d", &c);
        auto it = rd.find(r);
        vector<pair<int, int>> kept; // (score, id)
        for (int c : cs) {
            if (it == rd.end()) { kept.push_back({0, c}); continue; }
            const RD &d = it->second;
            if (binary_search(d.started.begin(), d.started.end(), c)) continue;
            kept.push_back({look(d.ga, genre[c]) + look(d.aa, author[c]), c});
        }
        sort(kept.begin(), kept.end(), [](auto &a, auto &b) { if (a.first != b.first) return a.first > b.first; return a.second < b.second; });
        out += to_string(kept.size()); for (auto &k : kept) { out += ' '; out += to_string(k.second); } out += '\n';
    }
    fputs(out.c_str(), stdout);
}
