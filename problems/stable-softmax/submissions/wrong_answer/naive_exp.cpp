// Wrong answer: the textbook formula, log(sum exp(x_j)), with no shift. exp overflows to inf
// for logits above ~709.78, and underflows to 0 below ~-745, so rows of large positive logits
// print "inf" / "-nan" and rows of large negative ones "-inf". Passes both samples (small
// logits); fails every hidden case with large logits.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, d;
    if (scanf("%d %d", &rows, &d) != 2) return 0;
    vector<double> x(d);
    string out;
    char buf[64];
    for (int r = 0; r < rows; ++r) {
        double sum = 0, best = 0;
        for (auto& v : x) {
            scanf("%lf", &v);
            sum += exp(v);  // BUG: overflows / underflows
            best = max(best, exp(v));
        }
        int len = snprintf(buf, sizeof buf, "%.9f %.9f\n", log(sum), best / sum);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
