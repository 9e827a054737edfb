// BLIND WA: two heaps are right, but the sum of medians is kept in a 32-bit int and overflows
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    priority_queue<int> lo;                               // lower half, max on top
    priority_queue<int, vector<int>, greater<int>> hi;    // upper half, min on top
    int total = 0;
    for (int i = 0; i < n; i++) {
        int v;
        scanf("%d", &v);
        if (lo.empty() || v <= lo.top()) lo.push(v);
        else hi.push(v);
        if (lo.size() > hi.size() + 1) { hi.push(lo.top()); lo.pop(); }
        else if (hi.size() > lo.size()) { lo.push(hi.top()); hi.pop(); }
        total += lo.top();   // lower median
    }
    printf("%d\n", total);
}
