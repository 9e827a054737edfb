// Accepted (typical): a max-heap of the smaller half and a min-heap of the larger half, sizes
// kept within one. O(log n) per number, O(1) per query; long long for the sum of the middles.
#include <bits/stdc++.h>
using namespace std;

int main() {
    priority_queue<long long> low;
    priority_queue<long long, vector<long long>, greater<long long>> high;
    char word[16];
    while (scanf("%15s", word) == 1) {
        if (strcmp(word, "add") == 0) {
            int k;
            scanf("%d", &k);
            for (int i = 0; i < k; ++i) {
                long long v;
                scanf("%lld", &v);
                if (low.empty() || v <= low.top()) low.push(v);
                else high.push(v);
                if (low.size() > high.size() + 1) high.push(low.top()), low.pop();
                if (high.size() > low.size()) low.push(high.top()), high.pop();
            }
        } else if (strcmp(word, "median?") == 0) {
            if (low.size() > high.size()) printf("%lld\n", low.top());
            else printf("%.1f\n", (low.top() + high.top()) / 2.0);
            fflush(stdout);  // the interactor waits for this line before it sends more
        } else {
            break;  // "end"
        }
    }
}
