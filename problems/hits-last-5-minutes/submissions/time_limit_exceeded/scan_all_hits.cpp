// Time limit exceeded: stores every hit and answers each count by scanning all hits so far and
// counting those in (t - 300, t]. Correct, but O(hits) per count: O(Q^2) overall, ~10^12 steps
// on the big cases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long q;
    if (!(cin >> q)) return 0;
    vector<long long> hits;
    string op;
    long long t;
    string out;
    for (long long i = 0; i < q; ++i) {
        cin >> op >> t;
        if (op == "hit") {
            hits.push_back(t);
        } else {
            long long c = 0;
            for (long long h : hits)
                if (h > t - 300 && h <= t) ++c;
            out += to_string(c);
            out += '\n';
        }
    }
    cout << out;
}
