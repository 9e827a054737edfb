// Wrong answer: the right algorithm (aggregate orders per customer, then one pass over the
// customers rows), but the per-segment row counts and totals are 32-bit ints. One joined row
// can add 10^6 * 100 = 10^8 to a total, and the hot customer's segment has billions of joined
// rows: both overflow. Use 64-bit integers.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long d = 0, o = 0;
    if (!(cin >> d)) return 0;
    vector<array<long long, 3>> dim(d);
    for (auto& r : dim) cin >> r[0] >> r[1] >> r[2];
    cin >> o;
    unordered_map<long long, pair<long long, long long>> per_customer;
    for (long long i = 0; i < o; ++i) {
        long long cid, amount;
        cin >> cid >> amount;
        auto& e = per_customer[cid];
        ++e.first, e.second += amount;
    }
    map<long long, pair<int, int>> per_segment;  // BUG: 32-bit
    for (auto& [cid, seg, w] : dim) {
        auto it = per_customer.find(cid);
        if (it == per_customer.end()) continue;
        auto& s = per_segment[seg];
        s.first += (int)it->second.first;
        s.second += (int)(it->second.second * w);
    }
    string out;
    for (auto& [seg, s] : per_segment)
        out += to_string(seg) + ' ' + to_string(s.first) + ' ' + to_string(s.second) + '\n';
    cout << out;
}
