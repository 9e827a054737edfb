// Accepted (typical): classic hash join. Build side = users: user_id -> list of countries
// (interned as small ints), one entry per users row, so duplicate user_id rows all join.
// Probe side = orders: for every matching users row add the amount and 1 to that country.
// Totals in 64-bit. Countries printed in sorted order. O(U + O + joined rows).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long u = 0, o = 0;
    if (!(cin >> u)) return 0;
    unordered_map<string, int> country_index;
    vector<string> country_name;
    unordered_map<long long, vector<int>> by_user;
    by_user.reserve(u * 2 + 1);
    string country;
    for (long long i = 0; i < u; ++i) {
        long long id;
        cin >> id >> country;
        auto [it, fresh] = country_index.try_emplace(country, (int)country_name.size());
        if (fresh) country_name.push_back(country);
        by_user[id].push_back(it->second);
    }
    cin >> o;
    vector<long long> total(country_name.size()), count(country_name.size());
    for (long long i = 0; i < o; ++i) {
        long long order_id, user_id, amount;
        cin >> order_id >> user_id >> amount;
        auto it = by_user.find(user_id);
        if (it == by_user.end()) continue;
        for (int c : it->second) total[c] += amount, ++count[c];
    }
    vector<int> order(country_name.size());
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return country_name[a] < country_name[b]; });
    string out;
    for (int c : order)
        if (count[c] > 0) out += country_name[c] + ' ' + to_string(total[c]) + ' ' + to_string(count[c]) + '\n';
    cout << out;
}
