// Time limit exceeded: exact nearest-rank quantiles from a vector kept sorted by inserting every
// value at its place. It never stores more than the values seen so far, but each insert shifts
// half the vector on average: O(N^2) work on millions of values. Correct on the small cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n;
    if (!(cin >> n)) return 0;
    vector<uint32_t> v;
    for (long long i = 0; i < n; ++i) {
        uint32_t x;
        cin >> x;
        v.insert(upper_bound(v.begin(), v.end(), x), x);
    }
    for (int Q : {50, 95, 99}) {
        const long long rank = (Q * n + 99) / 100;
        printf("%u\n", v[rank - 1]);
    }
}
