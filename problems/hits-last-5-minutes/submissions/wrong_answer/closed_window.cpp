// Wrong answer: the window boundary is off by one. It evicts only hits strictly older than
// t - 300 (h < t - 300), so a hit exactly 300 seconds old is still counted: the window is
// [t - 300, t] instead of (t - 300, t]. Passes both samples; fails every hidden case where a hit
// sits exactly 300 s before a count.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long q;
    if (!(cin >> q)) return 0;
    deque<long long> window;
    string op;
    long long t;
    string out;
    for (long long i = 0; i < q; ++i) {
        cin >> op >> t;
        if (op == "hit") {
            window.push_back(t);
        } else {
            while (!window.empty() && window.front() < t - 300) window.pop_front();  // BUG: <=
            out += to_string(window.size());
            out += '\n';
        }
    }
    cout << out;
}
