// Wrong answer: the window counts every request, denied ones included (a fixed log of all
// requests rather than of allowed ones). A client that stays over the limit is then denied
// forever, because its own denied retries keep the window full. Passes sample 1 (nobody is
// denied twice in a row there); fails any case where a denied request still sits in the window
// when the client's next request arrives.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, r, w;
    if (!(cin >> n >> r >> w)) return 0;
    unordered_map<long long, deque<long long>> log;
    string out;
    for (long long i = 0; i < n; ++i) {
        long long c, t;
        cin >> c >> t;
        deque<long long>& q = log[c];
        while (!q.empty() && q.front() <= t - w) q.pop_front();
        out += (long long)q.size() < r ? "ALLOW\n" : "DENY\n";
        q.push_back(t);  // BUG: only allowed requests count toward the limit
    }
    cout << out;
}
