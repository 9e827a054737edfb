// Wrong answer: the textbook "sort, then for each positive count the negatives before it"
// without tie groups. With (score, label) pairs sorted, a negative sorts before a positive of
// the same score, so every tied pair is counted as correctly ranked (1) instead of 1/2, and the
// AUC comes out too high. Exact when no score is shared by both classes, as in sample 1; fails
// sample 2 and every hidden case with ties.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<double, int>> rows(n);
    for (auto& [s, y] : rows) scanf("%lf %d", &s, &y);
    sort(rows.begin(), rows.end());
    long long negatives_below = 0, pairs = 0, P = 0;
    for (const auto& [s, y] : rows) {
        if (y) pairs += negatives_below, ++P;  // BUG: tied negatives count as below
        else ++negatives_below;
    }
    printf("%.12f\n", double(pairs) / (double(P) * double(negatives_below)));
}
