// BLIND WA: items stored as int; values up to 1e18 are truncated
#include <bits/stdc++.h>
using namespace std;
static unsigned long long state;
static unsigned long long next_rand() {
    state += 0x9E3779B97F4A7C15ULL;
    unsigned long long z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
int main() {
    unsigned long long seed;
    int k, n;
    if (scanf("%llu %d %d", &seed, &k, &n) != 3) return 0;
    state = seed;
    vector<int> slot;
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        if (i < k) {
            slot.push_back(x);
        } else {
            unsigned long long j = next_rand() % (unsigned long long)(i + 1);
            if (j < (unsigned long long)k) slot[j] = x;
        }
    }
    for (int v : slot) printf("%d\n", v);
}
