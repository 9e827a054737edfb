// Accepted (ignores the sort order): hash join with pre-aggregation. Build a hash table on the
// left table, key -> (row count, sum of a); probe with every right row: it joins with all the
// left rows of its key, adding count rows and b * (sum of a) to the checksum. O(L + R) expected,
// but random memory access and node allocations make it slower than the merge, which uses the
// fact that both inputs are already sorted.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long l = 0, r = 0;
    if (!(cin >> l)) return 0;
    unordered_map<unsigned long long, pair<unsigned long long, unsigned long long>> build;
    build.reserve(l);
    for (long long i = 0; i < l; ++i) {
        unsigned long long k, a;
        cin >> k >> a;
        auto& e = build[k];
        ++e.first, e.second += a;
    }
    cin >> r;
    unsigned long long rows = 0, checksum = 0;
    for (long long i = 0; i < r; ++i) {
        unsigned long long k, b;
        cin >> k >> b;
        auto it = build.find(k);
        if (it == build.end()) continue;
        rows += it->second.first, checksum += b * it->second.second;
    }
    cout << rows << ' ' << checksum << '\n';
}
