// Time limit exceeded: stores the stream, then fills the output one slot at a time: for slot s
// it replays the generator from the seed over the whole stream and keeps the last item whose
// draw landed in s (or item s itself if none did). The draws are the specified ones, so the
// sample is correct, but it costs O(n * k) generator calls and 64-bit divisions: ~10^10 on the
// large-k and big cases. (Replaying the generator from the seed for every item, O(n^2), looks
// slower still, but GCC sees that SplitMix64's state is linear in the number of calls and
// folds the replay loop to O(1).)
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
    vector<unsigned long long> items(n);
    for (auto& x : items) cin >> x;
    string out;
    for (long long s = 0; s < min(k, n); ++s) {
        SplitMix64 rng{seed};
        long long last = s;
        for (long long i = k; i < n; ++i)
            if (rng.next() % uint64_t(i + 1) == uint64_t(s)) last = i;
        out += to_string(items[last]) + '\n';
    }
    cout << out;
}
