// Wrong answer: off by one in the replacement index, j = next() mod i instead of mod (i + 1).
// That is the mix-up between 0-based and 1-based item numbers ("the i-th item is kept with
// probability k / i"). The draw sequence is the same, but almost every j differs, so the final
// slots differ. It also makes the sample biased: item k (0-based) always replaces a slot.
// Passes sample 2 and the hidden cases with n <= k (no draws); fails sample 1 and every case
// with n > k.
#include <bits/stdc++.h>
using namespace std;

struct SplitMix64 {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    unsigned long long seed;
    long long k, n;
    if (!(cin >> seed >> k >> n)) return 0;
    SplitMix64 rng{seed};
    vector<unsigned long long> slot;
    for (long long i = 0; i < n; ++i) {
        unsigned long long x;
        cin >> x;
        if (i < k) {
            slot.push_back(x);
        } else {
            uint64_t j = rng.next() % uint64_t(i);  // BUG: should be i + 1
            if (j < uint64_t(k)) slot[j] = x;
        }
    }
    string out;
    for (auto x : slot) out += to_string(x) + '\n';
    cout << out;
}
