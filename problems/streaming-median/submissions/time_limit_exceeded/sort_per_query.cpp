// Time limit: keeps every number in a vector and sorts it for each query. O(n log n) per query:
// instant on the samples, ~10^11 steps on a million numbers with 20 000 queries.
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<long long> all;
    char word[16];
    while (scanf("%15s", word) == 1) {
        if (strcmp(word, "add") == 0) {
            int k;
            scanf("%d", &k);
            for (int i = 0; i < k; ++i) {
                long long v;
                scanf("%lld", &v);
                all.push_back(v);
            }
        } else if (strcmp(word, "median?") == 0) {
            vector<long long> sorted = all;
            sort(sorted.begin(), sorted.end());
            const size_t n = sorted.size();
            if (n % 2 == 1) printf("%lld\n", sorted[n / 2]);
            else printf("%.1f\n", (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
            fflush(stdout);
        } else {
            break;
        }
    }
}
