// BLIND WA: textbook softmax without subtracting the max: exp overflows to inf (or underflows to 0) for large |logits|, giving inf/nan
#include <bits/stdc++.h>
using namespace std;
int main() {
    int r, d;
    if (scanf("%d %d", &r, &d) != 2) return 0;
    vector<double> x(d);
    while (r--) {
        double s = 0, mx = -1e300;
        for (int j = 0; j < d; j++) {
            scanf("%lf", &x[j]);
            s += exp(x[j]);
            mx = max(mx, x[j]);
        }
        printf("%.9f %.9f\n", log(s), exp(mx) / s);
    }
}
