// BLIND WA: keys read into 32-bit int; keys up to 1e18 get truncated, so different keys collide and the sorted order breaks
#include <bits/stdc++.h>
using namespace std;
int main() {
    int L, R;
    if (scanf("%d", &L) != 1) return 0;
    vector<int> lk(L); vector<unsigned long long> la(L);
    for (int i = 0; i < L; i++) { long long k; scanf("%lld %llu", &k, &la[i]); lk[i] = (int)k; }
    scanf("%d", &R);
    vector<int> rk(R); vector<unsigned long long> rb(R);
    for (int i = 0; i < R; i++) { long long k; scanf("%lld %llu", &k, &rb[i]); rk[i] = (int)k; }
    unsigned long long rows = 0, sum = 0;
    int i = 0, j = 0;
    while (i < L && j < R) {
        if (lk[i] < rk[j]) i++;
        else if (lk[i] > rk[j]) j++;
        else {
            int k = lk[i];
            unsigned long long sa = 0, sb = 0, ca = 0, cb = 0;
            while (i < L && lk[i] == k) { sa += la[i]; ca++; i++; }
            while (j < R && rk[j] == k) { sb += rb[j]; cb++; j++; }
            rows += ca * cb;
            sum += sa * sb;
        }
    }
    printf("%llu %llu\n", rows, sum);
}
