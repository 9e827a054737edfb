// Time limit exceeded: after each value, copy the prefix and select its lower median with
// nth_element. Correct, but O(N^2): ~2 * 10^12 element operations for 2 million values.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n = 0;
    if (!(cin >> n)) return 0;
    vector<long long> seen, work;
    long long total = 0;
    for (long long i = 0; i < n; ++i) {
        long long v;
        cin >> v;
        seen.push_back(v);
        work = seen;
        const size_t k = (seen.size() + 1) / 2 - 1;  // lower median, 0-based
        nth_element(work.begin(), work.begin() + k, work.end());
        total += work[k];
    }
    cout << total << '\n';
}
