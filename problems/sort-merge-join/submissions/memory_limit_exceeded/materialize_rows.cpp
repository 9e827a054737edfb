// BLIND MLE: materialises all joined rows (up to 3e7 x 24 bytes, plus vector doubling) before computing count and checksum
#include <bits/stdc++.h>
using namespace std;
struct Row { unsigned long long key, a, b; };
int main() {
    int L, R;
    if (scanf("%d", &L) != 1) return 0;
    vector<unsigned long long> lk(L), la(L);
    for (int i = 0; i < L; i++) scanf("%llu %llu", &lk[i], &la[i]);
    scanf("%d", &R);
    vector<unsigned long long> rk(R), rb(R);
    for (int i = 0; i < R; i++) scanf("%llu %llu", &rk[i], &rb[i]);
    vector<Row> out;
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
                for (int y = j; y < j2; y++) out.push_back({k, la[x], rb[y]});
            i = i2; j = j2;
        }
    }
    unsigned long long sum = 0;
    for (auto& r : out) sum += r.a * r.b;
    printf("%zu %llu\n", out.size(), sum);
}
