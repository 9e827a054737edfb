// Accepted (typical): two heaps. `low` is a max-heap with the smaller half, `high` a min-heap
// with the larger half, kept so that low has ceil(i/2) elements. Then the lower median, the
// ceil(i/2)-th smallest, is low.top() for odd and even i alike. Each value costs O(log N).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n = 0;
    if (!(cin >> n)) return 0;
    priority_queue<long long> low;                                      // max-heap
    priority_queue<long long, vector<long long>, greater<long long>> high;  // min-heap
    long long total = 0;
    for (long long i = 0; i < n; ++i) {
        long long v;
        cin >> v;
        if (low.empty() || v <= low.top()) low.push(v);
        else high.push(v);
        if (low.size() > high.size() + 1) high.push(low.top()), low.pop();
        else if (high.size() > low.size()) low.push(high.top()), high.pop();
        total += low.top();
    }
    cout << total << '\n';
}
