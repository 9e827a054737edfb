// Wrong answer: builds the ideal ranking by sorting only the first k items of the list, not
// the whole list. A highly relevant item that the model ranked below position k is missing
// from the IDCG, so the IDCG is too small and NDCG is too high (it can even exceed 1). Passes
// sample 1; fails sample 2 (the third list has its best item at position 3 with k = 2) and
// every hidden case where a list is longer than k.
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
        ideal.assign(rel.begin(), rel.begin() + min<long long>(k, (long long)n));  // BUG
        sort(ideal.begin(), ideal.end(), greater<int>());
        double idcg = dcg(ideal);
        if (idcg > 0) total += dcg(rel) / idcg;
    }
    printf("%.9f\n", total / double(q));
}
