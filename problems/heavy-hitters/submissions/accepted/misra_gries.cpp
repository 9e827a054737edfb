// Accepted (typical): Misra-Gries with k = ceil(1/eps) = ceil(10/phi) counters in an
// unordered_map. A new id when all k counters are taken decrements every counter (and drops
// the zeros); that happens at most N/(k+1) times, so the total work is O(N). A counter c for an
// id with true frequency f satisfies f - N/(k+1) <= c <= f, and N/(k+1) < eps N, so reporting
// every id with c + N/(k+1) > phi N reports every true heavy hitter and nothing below
// (phi - eps) N. Memory O(1/eps), independent of the number of distinct ids.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n;
    string phi_text;
    if (!(cin >> n >> phi_text)) return 0;
    size_t dot = phi_text.find('.');
    string frac = dot == string::npos ? "" : phi_text.substr(dot + 1);
    while (frac.size() < 4) frac += '0';
    const long long p = stoll(phi_text.substr(0, dot)) * 10000 + stoll(frac.substr(0, 4));  // phi = p / 10^4
    const long long k = (100000 + p - 1) / p;  // eps = phi / 10 = p / 10^5, k = ceil(1 / eps)

    unordered_map<uint64_t, long long> counters;
    counters.reserve(2 * k);
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        auto it = counters.find(id);
        if (it != counters.end()) {
            ++it->second;
        } else if ((long long)counters.size() < k) {
            counters.emplace(id, 1);
        } else {
            for (auto c = counters.begin(); c != counters.end();)
                c = --c->second == 0 ? counters.erase(c) : next(c);
        }
    }
    // report when c + N/(k+1) > p N / 10^4, in integers: (c (k+1) + N) 10^4 > p N (k+1)
    string out;
    for (auto& [id, c] : counters)
        if ((__int128)(c * (k + 1) + n) * 10000 > (__int128)p * n * (k + 1)) out += to_string(id) + '\n';
    cout << out;
}
