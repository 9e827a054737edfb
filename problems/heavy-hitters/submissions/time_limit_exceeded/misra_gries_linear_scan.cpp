// Time limit exceeded: Misra-Gries with the right k = ceil(10/phi) counters and the right
// report rule, but the counters are an unsorted array searched linearly for every item. That is
// O(N k): with phi = 0.001 (k = 10 000) and 3 million items, 3 * 10^10 comparisons. Correct
// and fast on the small cases.
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
    vector<uint64_t> ids;
    vector<long long> cnt;
    for (long long i = 0; i < n; ++i) {
        uint64_t id;
        cin >> id;
        size_t j = 0;
        while (j < ids.size() && ids[j] != id) ++j;
        if (j < ids.size()) {
            ++cnt[j];
        } else if ((long long)ids.size() < k) {
            ids.push_back(id), cnt.push_back(1);
        } else {
            size_t w = 0;
            for (size_t r = 0; r < ids.size(); ++r)
                if (--cnt[r] > 0) ids[w] = ids[r], cnt[w] = cnt[r], ++w;
            ids.resize(w), cnt.resize(w);
        }
    }
    string out;
    for (size_t j = 0; j < ids.size(); ++j)
        if ((__int128)(cnt[j] * (k + 1) + n) * 10000 > (__int128)p * n * (k + 1)) out += to_string(ids[j]) + '\n';
    cout << out;
}
