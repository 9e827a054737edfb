// Wrong answer: two heaps, but in int: the two middle values are added as int (values go up to
// 2^31 - 1, so their sum overflows when both middles are above 2^30) and the integer division
// drops the .5 of an odd sum.
#include <bits/stdc++.h>
using namespace std;

int main() {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;
    char word[16];
    while (scanf("%15s", word) == 1) {
        if (strcmp(word, "add") == 0) {
            int k;
            scanf("%d", &k);
            for (int i = 0; i < k; ++i) {
                int v;
                scanf("%d", &v);
                if (low.empty() || v <= low.top()) low.push(v);
                else high.push(v);
                if (low.size() > high.size() + 1) high.push(low.top()), low.pop();
                if (high.size() > low.size()) low.push(high.top()), high.pop();
            }
        } else if (strcmp(word, "median?") == 0) {
            if (low.size() > high.size()) printf("%d\n", low.top());
            else printf("%d\n", (low.top() + high.top()) / 2);
            fflush(stdout);
        } else {
            break;
        }
    }
}
