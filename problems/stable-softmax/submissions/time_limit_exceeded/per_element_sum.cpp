// Time limit exceeded: computes every softmax probability on its own, stably, as
// p_j = 1 / sum_k exp(x_k - x_j), and takes the largest; the log-sum-exp is then
// x_j* - log(p_j*) for the arg max j*. Correct (exp of a large positive difference is inf and
// 1 / inf = 0, which is right for a non-maximal j), but O(d^2) exp calls per row: ~2·10^9 on
// the big wide case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, d;
    if (scanf("%d %d", &rows, &d) != 2) return 0;
    vector<double> x(d);
    string out;
    char buf[64];
    for (int r = 0; r < rows; ++r) {
        for (auto& v : x) scanf("%lf", &v);
        double best = -1, lse = 0;
        for (int j = 0; j < d; ++j) {
            double sum = 0;
            for (int k = 0; k < d; ++k) sum += exp(x[k] - x[j]);
            double pj = 1.0 / sum;
            if (pj > best) best = pj, lse = x[j] + log(sum);
        }
        int len = snprintf(buf, sizeof buf, "%.9f %.9f\n", lse, best);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
