// Memory limit exceeded: the exact answer, an unordered_set of every id. One node per distinct
// id (~40 bytes with the bucket array): with millions of distinct ids that is ~100 MiB, far
// over the 16 MiB limit. (A sorted vector of all ids is 8 bytes an id: 24 MB, still too much.)
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n = 0;
    if (!(cin >> n)) return 0;
    unordered_set<uint64_t> seen;
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        seen.insert(id);
    }
    printf("%zu\n", seen.size());
}
