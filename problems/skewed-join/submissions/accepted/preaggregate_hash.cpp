// Accepted (typical): eager aggregation. Aggregate the orders per customer first, in a hash
// map customer_id -> (order count, amount sum). Then walk the customers table once: each row
// (customer, segment, weight) stands for "every order of that customer joined with this row",
// so it adds count to the segment's row count and sum * weight to its total. O(D + O), no
// matter how many rows the join would have (the hot customer alone has billions).
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
    per_customer.reserve(d + 1);
    for (long long i = 0; i < o; ++i) {
        long long cid, amount;
        cin >> cid >> amount;
        auto& e = per_customer[cid];
        ++e.first, e.second += amount;
    }
    map<long long, pair<long long, long long>> per_segment;  // segment -> (rows, total)
    for (auto& [cid, seg, w] : dim) {
        auto it = per_customer.find(cid);
        if (it == per_customer.end()) continue;
        auto& s = per_segment[seg];
        s.first += it->second.first;
        s.second += it->second.second * w;
    }
    string out;
    for (auto& [seg, s] : per_segment)
        out += to_string(seg) + ' ' + to_string(s.first) + ' ' + to_string(s.second) + '\n';
    cout << out;
}
