// Time limit exceeded: the classic hash join. Build customer_id -> list of (segment, weight)
// rows; for every order walk its customer's rows and add to each segment. Correct, and fine
// for uniform keys, but the hot customer has thousands of rows and half of the orders, so the
// inner loop runs ~7.5 * 10^9 times on the big cases. Aggregate the orders first.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long d = 0, o = 0;
    if (!(cin >> d)) return 0;
    unordered_map<long long, vector<pair<long long, long long>>> rows;
    rows.reserve(d + 1);
    for (long long i = 0; i < d; ++i) {
        long long cid, seg, w;
        cin >> cid >> seg >> w;
        rows[cid].push_back({seg, w});
    }
    cin >> o;
    map<long long, pair<long long, long long>> per_segment;
    unordered_map<long long, pair<long long, long long>*> slot;  // segment -> its map entry
    for (long long i = 0; i < o; ++i) {
        long long cid, amount;
        cin >> cid >> amount;
        auto it = rows.find(cid);
        if (it == rows.end()) continue;
        for (auto& [seg, w] : it->second) {
            auto& p = slot[seg];
            if (!p) p = &per_segment[seg];
            ++p->first, p->second += amount * w;
        }
    }
    string out;
    for (auto& [seg, s] : per_segment)
        out += to_string(seg) + ' ' + to_string(s.first) + ' ' + to_string(s.second) + '\n';
    cout << out;
}
