// Accepted (typical): Algorithm R exactly as specified. The first k items fill the slots; for
// the item with 0-based index i >= k draw j = next() mod (i + 1) and, if j < k, put the item in
// slot j. O(n) time, O(k) memory: the stream is never stored.
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
    slot.reserve(min(k, n));
    for (long long i = 0; i < n; ++i) {
        unsigned long long x;
        cin >> x;
        if (i < k) {
            slot.push_back(x);
        } else {
            uint64_t j = rng.next() % uint64_t(i + 1);
            if (j < uint64_t(k)) slot[j] = x;
        }
    }
    string out;
    for (auto x : slot) out += to_string(x) + '\n';
    cout << out;
}
