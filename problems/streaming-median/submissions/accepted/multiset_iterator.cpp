// Accepted (alternative): one std::multiset and an iterator to the lower middle element,
// moved by at most one step per insert. O(log n) per number; the same idea gives a sliding
// window median when deletions are needed (follow-up 2).
#include <bits/stdc++.h>
using namespace std;

int main() {
    multiset<long long> all;
    multiset<long long>::iterator mid;  // the ceil(n/2)-th smallest
    char word[16];
    while (scanf("%15s", word) == 1) {
        if (strcmp(word, "add") == 0) {
            int k;
            scanf("%d", &k);
            for (int i = 0; i < k; ++i) {
                long long v;
                scanf("%lld", &v);
                all.insert(v);
                const size_t n = all.size();
                if (n == 1) {
                    mid = all.begin();
                } else if (v < *mid) {
                    if (n % 2 == 0) --mid;  // inserted below: the lower middle moves down when n becomes even
                } else {
                    if (n % 2 == 1) ++mid;  // inserted at or above (after equal keys): moves up when n becomes odd
                }
            }
        } else if (strcmp(word, "median?") == 0) {
            if (all.size() % 2 == 1) printf("%lld\n", *mid);
            else printf("%.1f\n", (*mid + *next(mid)) / 2.0);
            fflush(stdout);
        } else {
            break;
        }
    }
}
