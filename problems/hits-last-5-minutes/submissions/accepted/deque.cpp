// Accepted (typical): keep the timestamps of the hits that are still in the window in a deque.
// A hit pushes its timestamp at the back. A count first pops from the front every hit that is
// 300 or more seconds old (h <= t - 300), then the deque's size is the answer. Each hit is pushed
// and popped at most once: O(Q) time, O(hits in the window) memory.
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
            while (!window.empty() && window.front() <= t - 300) window.pop_front();
            out += to_string(window.size());
            out += '\n';
        }
    }
    cout << out;
}
