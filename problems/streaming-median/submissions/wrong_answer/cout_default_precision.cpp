// BLIND WA: prints the median with plain cout << double (6 significant digits), so 123456789.5 comes out as 1.23457e+08
#include <bits/stdc++.h>
using namespace std;
priority_queue<long long> lo;
priority_queue<long long, vector<long long>, greater<long long>> hi;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string cmd;
    while (cin >> cmd) {
        if (cmd == "add") {
            int k; cin >> k;
            while (k--) {
                long long v; cin >> v;
                if (lo.empty() || v <= lo.top()) lo.push(v); else hi.push(v);
                if (lo.size() > hi.size() + 1) { hi.push(lo.top()); lo.pop(); }
                else if (hi.size() > lo.size()) { lo.push(hi.top()); hi.pop(); }
            }
        } else if (cmd == "median?") {
            double m = lo.size() > hi.size() ? (double)lo.top() : (lo.top() + hi.top()) / 2.0;
            cout << m << endl;
        } else break;
    }
}
