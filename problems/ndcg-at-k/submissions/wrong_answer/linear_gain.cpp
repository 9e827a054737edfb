// Wrong answer: uses the grade itself as the gain (rel instead of 2^rel - 1). That is the other
// NDCG convention, and it differs whenever a list has grades above 1. Passes sample 1 (binary
// relevance, where the two gains agree); fails sample 2 and every graded hidden case.
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
            s += rel[i] / std::log2(double(i + 2));  // BUG: gain should be 2^rel - 1
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
