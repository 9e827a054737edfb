// Accepted (typical): the log-sum-exp trick. With m = max x_j,
//   logsumexp(x) = m + log(sum_j exp(x_j - m)),
// where every exponent is <= 0 (no overflow) and the term for the maximum is exp(0) = 1 (the
// sum is >= 1, so the log never sees 0). The largest softmax probability is exp(m - lse) =
// 1 / sum. Two passes over the row, O(d).
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
        double m = *max_element(x.begin(), x.end());
        double sum = 0;
        for (double v : x) sum += exp(v - m);
        int len = snprintf(buf, sizeof buf, "%.9f %.9f\n", m + log(sum), 1.0 / sum);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
