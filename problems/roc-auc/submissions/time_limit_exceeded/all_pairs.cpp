// Time limit exceeded: the definition, literally. For every (positive, negative) pair add 1 if
// the positive scores higher and 1/2 on a tie. Correct, but O(P * Q): ~10^12 pairs on the big
// cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<double> pos, neg;
    for (int i = 0; i < n; ++i) {
        double s;
        int y;
        scanf("%lf %d", &s, &y);
        (y ? pos : neg).push_back(s);
    }
    long long half_pairs = 0;
    for (double a : pos)
        for (double b : neg) half_pairs += a > b ? 2 : a == b ? 1 : 0;
    printf("%.12f\n", double(half_pairs) / (2.0 * double(pos.size()) * double(neg.size())));
}
