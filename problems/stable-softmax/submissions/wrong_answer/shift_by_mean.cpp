// BLIND WA: shifts the logits by their mean instead of their max; a row with a large spread (e.g. 5000 and -5000) still overflows
#include <bits/stdc++.h>
using namespace std;
int main() {
    int r, d;
    if (scanf("%d %d", &r, &d) != 2) return 0;
    vector<double> x(d);
    while (r--) {
        double mean = 0, mx = -1e300;
        for (int j = 0; j < d; j++) {
            scanf("%lf", &x[j]);
            mean += x[j];
            mx = max(mx, x[j]);
        }
        mean /= d;
        double s = 0;
        for (int j = 0; j < d; j++) s += exp(x[j] - mean);
        printf("%.9f %.9f\n", mean + log(s), exp(mx - mean) / s);
    }
}
