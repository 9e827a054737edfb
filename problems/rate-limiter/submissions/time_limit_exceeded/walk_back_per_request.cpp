// Time limit exceeded (a per-request scan that one hot client makes quadratic): per client, a
// vector of its allowed timestamps; a request counts the ones inside (t - W, t] by walking back
// from the newest until one is too old. Correct, and cheap while R is small, but that walk is
// up to R steps: one client with a long history and R = 100 000 pays 100 000 steps on each of
// its hundreds of thousands of requests.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, r, w;
    if (!(cin >> n >> r >> w)) return 0;
    unordered_map<long long, vector<long long>> allowed;
    string out;
    out.reserve(n * 6);
    for (long long i = 0; i < n; ++i) {
        long long c, t;
        cin >> c >> t;
        vector<long long>& log = allowed[c];
        long long inside = 0;
        for (size_t j = log.size(); j > 0 && log[j - 1] > t - w; --j) ++inside;
        if (inside < r) {
            log.push_back(t);
            out += "ALLOW\n";
        } else {
            out += "DENY\n";
        }
    }
    cout << out;
}
