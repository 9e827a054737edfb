// BLIND WA: seed read with %lld into a signed long long; seeds above 2^63-1 saturate to LLONG_MAX and the draws differ
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
    long long seed;
    long long k, n;
    if (scanf("%lld %lld %lld", &seed, &k, &n) != 3) return 0;
    state = (unsigned long long)seed;
    vector<long long> slot;
    slot.reserve(min(k, n));
    for (long long i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        if (i < k) {
            slot.push_back(x);
        } else {
            unsigned long long j = next_rand() % (unsigned long long)(i + 1);
            if (j < (unsigned long long)k) slot[j] = x;
        }
    }
    string out;
    for (long long v : slot) { out += to_string(v); out += '\n'; }
    fputs(out.c_str(), stdout);
}
