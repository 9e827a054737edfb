// Wrong answer: the build side is a map user_id -> country, so `m[id] = country` keeps only the
// LAST users row of a duplicated user_id. SQL joins every matching pair; this drops the others
// (fewer orders counted, and sometimes the wrong country). Fast; passes the sample (no
// duplicate keys there); fails every case with duplicate user_id rows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long u = 0, o = 0;
    if (!(cin >> u)) return 0;
    unordered_map<long long, string> country_of;
    country_of.reserve(u * 2 + 1);
    for (long long i = 0; i < u; ++i) {
        long long id;
        string country;
        cin >> id >> country;
        country_of[id] = country;  // BUG: overwrites earlier rows with the same user_id
    }
    cin >> o;
    map<string, pair<long long, long long>> agg;
    for (long long i = 0; i < o; ++i) {
        long long order_id, user_id, amount;
        cin >> order_id >> user_id >> amount;
        auto it = country_of.find(user_id);
        if (it == country_of.end()) continue;
        auto& a = agg[it->second];
        a.first += amount;
        ++a.second;
    }
    string out;
    for (const auto& [c, a] : agg) out += c + ' ' + to_string(a.first) + ' ' + to_string(a.second) + '\n';
    cout << out;
}
