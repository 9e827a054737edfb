// Memory limit exceeded: counts every id exactly in an unordered_map and reports the ids with
// f > phi N. Correct, and the obvious first answer, but it keeps one node per distinct id:
// with millions of distinct ids that is ~40-60 bytes each, far over the 16 MiB limit.
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
    const long long p = stoll(phi_text.substr(0, dot)) * 10000 + stoll(frac.substr(0, 4));
    unordered_map<uint64_t, long long> count;
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        ++count[id];
    }
    string out;
    for (auto& [id, f] : count)
        if ((__int128)f * 10000 > (__int128)p * n) out += to_string(id) + '\n';
    cout << out;
}
