// BLIND WA: 2k buffer cut back with nth_element, but the cut compares scores only; records tied with the k-th score are kept arbitrarily, not by smaller id
#include <bits/stdc++.h>
using namespace std;
struct Rec { long long id, score; };
int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    vector<Rec> buf;
    buf.reserve(2 * k);
    auto byScore = [](const Rec& a, const Rec& b) { return a.score > b.score; };
    auto cut = [&]() {
        if ((long long)buf.size() <= k) return;
        nth_element(buf.begin(), buf.begin() + (k - 1), buf.end(), byScore);
        buf.resize(k);
    };
    for (long long i = 0; i < n; i++) {
        Rec r;
        scanf("%lld %lld", &r.id, &r.score);
        buf.push_back(r);
        if ((long long)buf.size() == 2 * k) cut();
    }
    cut();
    sort(buf.begin(), buf.end(), [](const Rec& a, const Rec& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.id < b.id;
    });
    for (auto& r : buf) printf("%lld %lld\n", r.id, r.score);
}
