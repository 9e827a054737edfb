// Wrong answer: the classic broken merge join. On equal keys it emits one pair and advances
// BOTH pointers, as in merging two sorted lists. That is right only when every key is unique
// on both sides. A key with 2 rows on the left and 3 on the right gives 2 pairs instead of 6:
// many-to-many and one-to-many matches are dropped. Passes sample 1 (unique keys).
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
    long long i = 0, j = 0;
    while (i < l && j < r) {
        if (lk[i] < rk[j]) ++i;
        else if (rk[j] < lk[i]) ++j;
        else ++rows, checksum += la[i] * rb[j], ++i, ++j;  // BUG: drops the rest of both groups
    }
    cout << rows << ' ' << checksum << '\n';
}
