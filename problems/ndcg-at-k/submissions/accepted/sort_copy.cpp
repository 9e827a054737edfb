// Accepted (typical): for each query, DCG over the first min(k, n) positions of the list as
// given; IDCG over the first min(k, n) positions of a copy sorted by relevance, highest first.
// Gain 2^rel - 1, discount log2(i + 1) for 1-based position i. NDCG = DCG / IDCG, or 0 when
// IDCG = 0. O(n log n) per query.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long q, k;
    if (!(cin >> q >> k)) return 0;
    auto dcg = [&](const vector<int>& rel) {
        double s = 0;
        for (size_t i = 0; i < rel.size() && (long long)i < k; ++i)
            s += (std::pow(2.0, rel[i]) - 1) / std::log2(double(i + 2));
        return s;
    };
    double total = 0;
    vector<int> rel, ideal;
    for (long long t = 0; t < q; ++t) {
        size_t n;
        cin >> n;
        rel.resize(n);
        for (auto& r : rel) cin >> r;
        ideal = rel;
        sort(ideal.begin(), ideal.end(), greater<int>());
        double idcg = dcg(ideal);
        if (idcg > 0) total += dcg(rel) / idcg;
    }
    printf("%.9f\n", total / double(q));
}
