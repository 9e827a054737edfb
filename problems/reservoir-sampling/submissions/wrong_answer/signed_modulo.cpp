// BLIND WA: the draw is cast to signed long long before the modulo; draws >= 2^63 give a negative j, which is then treated as "not a slot" and dropped
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
    long long k, n;
    if (scanf("%llu %lld %lld", &seed, &k, &n) != 3) return 0;
    state = seed;
    vector<long long> slot;
    for (long long i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        if (i < k) {
            slot.push_back(x);
        } else {
            long long j = (long long)next_rand() % (i + 1);
            if (j >= 0 && j < k) slot[j] = x;
        }
    }
    for (long long v : slot) printf("%lld\n", v);
}
