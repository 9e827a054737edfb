// Time limit exceeded: nested-loop join. Every order is compared with every users row, which
// is O(U * O): correct, including duplicate keys, but ~10^12 comparisons on the big case.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long u = 0, o = 0;
    if (!(cin >> u)) return 0;
    vector<long long> ids(u);
    vector<string> countries(u);
    for (long long i = 0; i < u; ++i) cin >> ids[i] >> countries[i];
    cin >> o;
    map<string, pair<long long, long long>> agg;
    for (long long i = 0; i < o; ++i) {
        long long order_id, user_id, amount;
        cin >> order_id >> user_id >> amount;
        for (long long j = 0; j < u; ++j)
            if (ids[j] == user_id) {
                auto& a = agg[countries[j]];
                a.first += amount;
                ++a.second;
            }
    }
    string out;
    for (const auto& [c, a] : agg) out += c + ' ' + to_string(a.first) + ' ' + to_string(a.second) + '\n';
    cout << out;
}
