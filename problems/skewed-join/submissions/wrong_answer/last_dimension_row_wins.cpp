// Wrong answer: pre-aggregates correctly, but loads the customers table into a map
// customer_id -> (segment, weight), so a customer with several rows keeps only the last one.
// SQL joins every order with EVERY matching customers row; a customer in three segments (or
// with the same row twice) must contribute three times. Passes sample 1 (unique customers).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long d = 0, o = 0;
    if (!(cin >> d)) return 0;
    unordered_map<long long, pair<long long, long long>> dim;
    for (long long i = 0; i < d; ++i) {
        long long cid, seg, w;
        cin >> cid >> seg >> w;
        dim[cid] = {seg, w};  // BUG: overwrites earlier rows of the same customer
    }
    cin >> o;
    unordered_map<long long, pair<long long, long long>> per_customer;
    for (long long i = 0; i < o; ++i) {
        long long cid, amount;
        cin >> cid >> amount;
        auto& e = per_customer[cid];
        ++e.first, e.second += amount;
    }
    map<long long, pair<long long, long long>> per_segment;
    for (auto& [cid, sw] : dim) {
        auto it = per_customer.find(cid);
        if (it == per_customer.end()) continue;
        auto& s = per_segment[sw.first];
        s.first += it->second.first;
        s.second += it->second.second * sw.second;
    }
    string out;
    for (auto& [seg, s] : per_segment)
        out += to_string(seg) + ' ' + to_string(s.first) + ' ' + to_string(s.second) + '\n';
    cout << out;
}
