// Accepted (typical): the textbook sort-merge join. Two pointers; when the keys differ, advance
// the smaller side. When they are equal, find the whole group of that key on both sides and
// emit the cross product of the two groups (every left row with every right row), then jump
// past both groups. O(L + R + joined rows); the joined rows are bounded (<= 3 * 10^7).
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
    unsigned long long rows = 0, checksum = 0;  // checksum wraps mod 2^64 by design
    long long i = 0, j = 0;
    while (i < l && j < r) {
        if (lk[i] < rk[j]) { ++i; continue; }
        if (rk[j] < lk[i]) { ++j; continue; }
        long long i2 = i, j2 = j;
        while (i2 < l && lk[i2] == lk[i]) ++i2;
        while (j2 < r && rk[j2] == rk[j]) ++j2;
        for (long long x = i; x < i2; ++x)
            for (long long y = j; y < j2; ++y) ++rows, checksum += la[x] * rb[y];
        i = i2, j = j2;
    }
    cout << rows << ' ' << checksum << '\n';
}
