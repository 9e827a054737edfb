// Wrong answer: a correct hash join (duplicate keys handled), but amounts and totals are
// `int`. A country's total passes 2^31 - 1 (about 21 million dollars in cents) with a few
// thousand large orders and wraps around. Fast; passes the sample; fails the extreme-amount
// case and the big cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int u = 0, o = 0;
    if (!(cin >> u)) return 0;
    unordered_map<long long, vector<string>> by_user;
    by_user.reserve(u * 2 + 1);
    for (int i = 0; i < u; ++i) {
        long long id;
        string country;
        cin >> id >> country;
        by_user[id].push_back(country);
    }
    cin >> o;
    map<string, pair<int, int>> agg;  // BUG: 32-bit totals
    for (int i = 0; i < o; ++i) {
        long long order_id, user_id;
        int amount;
        cin >> order_id >> user_id >> amount;
        auto it = by_user.find(user_id);
        if (it == by_user.end()) continue;
        for (const string& c : it->second) {
            auto& a = agg[c];
            a.first = int((unsigned)a.first + (unsigned)amount);  // wraps like the int overflow it models, without UB
            ++a.second;
        }
    }
    string out;
    for (const auto& [c, a] : agg) out += c + ' ' + to_string(a.first) + ' ' + to_string(a.second) + '\n';
    cout << out;
}
