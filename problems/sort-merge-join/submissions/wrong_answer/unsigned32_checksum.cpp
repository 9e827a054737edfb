// BLIND WA: checksum kept in "unsigned" (32-bit), so it wraps mod 2^32 instead of mod 2^64
#include <bits/stdc++.h>
using namespace std;
int main() {
    int L, R;
    if (scanf("%d", &L) != 1) return 0;
    vector<unsigned long long> lk(L), rk;
    vector<unsigned> la(L), rb;
    for (int i = 0; i < L; i++) scanf("%llu %u", &lk[i], &la[i]);
    scanf("%d", &R);
    rk.resize(R); rb.resize(R);
    for (int i = 0; i < R; i++) scanf("%llu %u", &rk[i], &rb[i]);
    long long rows = 0;
    unsigned sum = 0;   // wraps around, as the statement says
    int i = 0, j = 0;
    while (i < L && j < R) {
        if (lk[i] < rk[j]) i++;
        else if (lk[i] > rk[j]) j++;
        else {
            unsigned long long k = lk[i];
            int i2 = i, j2 = j;
            while (i2 < L && lk[i2] == k) i2++;
            while (j2 < R && rk[j2] == k) j2++;
            for (int x = i; x < i2; x++)
                for (int y = j; y < j2; y++) {
                    rows++;
                    sum += la[x] * rb[y];
                }
            i = i2; j = j2;
        }
    }
    printf("%lld %u\n", rows, sum);
}
