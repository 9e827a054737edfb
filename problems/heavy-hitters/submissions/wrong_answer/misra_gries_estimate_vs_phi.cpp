// Wrong answer: a correct Misra-Gries pass with k = ceil(10/phi) counters, but it reports an id
// when its counter exceeds phi N. Misra-Gries counters UNDER-estimate (by up to N/(k+1)), so an
// item that occurs a little more than phi N times among lots of distinct noise ends with a
// counter below phi N and is missed. (The fix: compare c + N/(k+1), or re-count the candidates
// exactly in a second pass.) Passes the samples and every case without much noise.
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
    const long long k = (100000 + p - 1) / p;
    unordered_map<uint64_t, long long> counters;
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
    string out;
    for (auto& [id, c] : counters)
        if ((__int128)c * 10000 > (__int128)p * n) out += to_string(id) + '\n';  // BUG: c under-estimates f
    cout << out;
}
