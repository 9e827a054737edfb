// BLIND WA: multiset with a middle iterator; equal values are assumed to be inserted before mid (they go after), so duplicates shift the median
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    multiset<long long> s;
    multiset<long long>::iterator mid;
    long long total = 0;
    for (int i = 1; i <= n; i++) {
        long long v;
        scanf("%lld", &v);
        if (s.empty()) {
            s.insert(v);
            mid = s.begin();
        } else {
            s.insert(v);
            // lower median = element at index (i-1)/2
            if (i % 2 == 1) {          // target index moves right by one
                if (v > *mid) ++mid;
            } else {                   // target index stays
                if (v <= *mid) --mid;
            }
        }
        total += *mid;
    }
    printf("%lld\n", total);
}
