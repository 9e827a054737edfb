// Time limit exceeded: builds the ideal ranking one position at a time, scanning the remaining
// items for the largest grade (selection sort), and recomputes log2 and 2^rel for every term.
// Correct, but O(k * n) per query: with k = 1000 and lists of a few thousand items that is
// ~10^10 steps on the big case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long q, k;
    if (!(cin >> q >> k)) return 0;
    double total = 0;
    vector<int> rel, left;
    for (long long t = 0; t < q; ++t) {
        size_t n;
        cin >> n;
        rel.resize(n);
        for (auto& r : rel) cin >> r;
        double dcg = 0, idcg = 0;
        for (size_t i = 0; i < n && (long long)i < k; ++i)
            dcg += (std::pow(2.0, rel[i]) - 1) / std::log2(double(i + 2));
        left = rel;
        for (size_t i = 0; i < n && (long long)i < k; ++i) {
            size_t best = i;
            for (size_t j = i + 1; j < n; ++j)
                if (left[j] > left[best]) best = j;
            swap(left[i], left[best]);
            idcg += (std::pow(2.0, left[i]) - 1) / std::log2(double(i + 2));
        }
        if (idcg > 0) total += dcg / idcg;
    }
    printf("%.9f\n", total / double(q));
}
