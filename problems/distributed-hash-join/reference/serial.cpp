// Single-machine reference for distributed-hash-join: reads the WHOLE input and prints the
// answer. It defines the answers of the generated cases; it is not a node program.
// One pass: users go into user_id -> country, orders into user_id -> (sum, count) (an order
// may come before its user). Then every user with orders adds to its country.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    unordered_map<long long, string> country;
    unordered_map<long long, pair<long long, long long>> spent;  // user_id -> (sum, count)
    string kind, text;
    long long id;
    while (cin >> kind >> id >> text) {
        if (kind == "U") {
            country[id] = text;
        } else {
            auto& s = spent[id];
            s.first += stoll(text), s.second += 1;
        }
    }
    map<string, pair<long long, long long>> per_country;
    for (auto& [uid, s] : spent) {
        auto it = country.find(uid);
        if (it == country.end()) continue;
        auto& p = per_country[it->second];
        p.first += s.first, p.second += s.second;
    }
    for (auto& [c, p] : per_country) cout << c << ' ' << p.first << ' ' << p.second << '\n';
}
