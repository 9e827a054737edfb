// Time limit exceeded: keeps one global list of allowed requests and, for each new request,
// counts the ones from the same client inside (t - W, t] by scanning the whole list. Correct,
// but O(N * allowed) = O(N^2): ~10^12 steps on the big cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, r, w;
    if (!(cin >> n >> r >> w)) return 0;
    vector<pair<long long, long long>> allowed;  // (client, t)
    string out;
    for (long long i = 0; i < n; ++i) {
        long long c, t;
        cin >> c >> t;
        long long inside = 0;
        for (const auto& [ac, at] : allowed)
            if (ac == c && at > t - w) ++inside;
        if (inside < r) {
            allowed.emplace_back(c, t);
            out += "ALLOW\n";
        } else {
            out += "DENY\n";
        }
    }
    cout << out;
}
