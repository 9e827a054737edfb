// Time limit exceeded: the exact answer from a sorted vector of the distinct ids so far,
// inserting each new id at its place. Memory stays small for a long time (8 bytes an id), but
// every insert shifts half the vector on average: O(N x distinct) work, hopeless for millions
// of distinct ids. Correct on the small cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n = 0;
    if (!(cin >> n)) return 0;
    vector<uint64_t> seen;
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        auto it = lower_bound(seen.begin(), seen.end(), id);
        if (it == seen.end() || *it != id) seen.insert(it, id);
    }
    printf("%zu\n", seen.size());
}
