// Time limit exceeded: the nested-loop join, every left row against every right row. Correct,
// and it ignores the sort order entirely: O(L * R) = 2 * 10^12 comparisons on the big cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long l = 0, r = 0;
    if (!(cin >> l)) return 0;
    vector<unsigned long long> lk(l), la(l);
    for (long long i = 0; i < l; ++i) cin >> lk[i] >> la[i];
    cin >> r;
    vector<unsigned long long> rk(r), rb(r);
    for (long long i = 0; i < r; ++i) cin >> rk[i] >> rb[i];
    unsigned long long rows = 0, checksum = 0;
    for (long long i = 0; i < l; ++i)
        for (long long j = 0; j < r; ++j)
            if (lk[i] == rk[j]) ++rows, checksum += la[i] * rb[j];
    cout << rows << ' ' << checksum << '\n';
}
