// Wrong answer: correct two heaps, but for an even count it prints the mean of the two middle
// values (rounded toward zero), the textbook "median" convention. This problem asks for the
// lower median, the ceil(i/2)-th smallest: for {3, 5} that is 3, not 4.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n = 0;
    if (!(cin >> n)) return 0;
    priority_queue<long long> low;
    priority_queue<long long, vector<long long>, greater<long long>> high;
    long long total = 0;
    for (long long i = 0; i < n; ++i) {
        long long v;
        cin >> v;
        if (low.empty() || v <= low.top()) low.push(v);
        else high.push(v);
        if (low.size() > high.size() + 1) high.push(low.top()), low.pop();
        else if (high.size() > low.size()) low.push(high.top()), high.pop();
        if (low.size() == high.size()) total += (low.top() + high.top()) / 2;  // BUG: lower median wanted
        else total += low.top();
    }
    cout << total << '\n';
}
