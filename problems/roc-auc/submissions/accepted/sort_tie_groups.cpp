// Accepted (typical): sort by score and walk the tie groups in ascending order. A group with p
// positives and q negatives contributes p * (negatives in lower groups) correctly ranked pairs
// plus p * q / 2 for its ties. Counting in half-pairs keeps everything an exact integer:
// AUC = (2 * below + ties) / (2 * P * Q). O(N log N).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<double, int>> rows(n);
    for (auto& [s, y] : rows) scanf("%lf %d", &s, &y);
    sort(rows.begin(), rows.end());
    long long negatives_below = 0, half_pairs = 0, P = 0, Q = 0;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        long long p = 0, q = 0;
        for (; j < rows.size() && rows[j].first == rows[i].first; ++j) (rows[j].second ? p : q)++;
        half_pairs += 2 * p * negatives_below + p * q;
        negatives_below += q;
        P += p, Q += q;
        i = j;
    }
    printf("%.12f\n", double(half_pairs) / (2.0 * double(P) * double(Q)));
}
