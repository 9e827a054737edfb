// Wrong answer: the Python collections.Counter.most_common() habit. Counts are right, but the
// entries are stable-sorted by count only, so ties keep first-appearance order instead of
// ascending word order. Passes both samples (there the first-seen order happens to be
// alphabetical); fails any hidden case whose ties were first seen out of alphabetical order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    unordered_map<string, size_t> index;
    vector<pair<string, long long>> entries;  // in first-appearance order
    string word;
    for (long long i = 0; i < n && cin >> word; ++i) {
        auto [it, fresh] = index.try_emplace(word, entries.size());
        if (fresh) entries.emplace_back(word, 0);
        ++entries[it->second].second;
    }
    stable_sort(entries.begin(), entries.end(),
                [](const auto& a, const auto& b) { return a.second > b.second; });
    string out;
    for (long long i = 0; i < k && i < (long long)entries.size(); ++i)
        out += entries[i].first + ' ' + to_string(entries[i].second) + '\n';
    cout << out;
}
