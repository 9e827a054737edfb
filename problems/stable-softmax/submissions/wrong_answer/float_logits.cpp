// BLIND WA: stable max-shift, but logits are stored and exponentiated in float; a logit like 9999.999 is off by ~5e-4, so probabilities miss 1e-6
#include <bits/stdc++.h>
using namespace std;
int main() {
    int r, d;
    if (scanf("%d %d", &r, &d) != 2) return 0;
    vector<float> x(d);
    while (r--) {
        float mx = -INFINITY;
        for (int j = 0; j < d; j++) {
            scanf("%f", &x[j]);
            mx = max(mx, x[j]);
        }
        float s = 0;
        for (int j = 0; j < d; j++) s += expf(x[j] - mx);
        printf("%.9f %.9f\n", mx + logf(s), 1.0f / s);
    }
}
