// Time limit exceeded: no hash table. Each word is looked up by a linear scan over the
// distinct words seen so far, so counting is O(N * D). Correct on small inputs; with
// millions of words and hundreds of thousands of distinct ones it does ~10^11 comparisons.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    vector<pair<string, long long>> counts;
    string word;
    for (long long i = 0; i < n && cin >> word; ++i) {
        size_t j = 0;
        while (j < counts.size() && counts[j].first != word) ++j;
        if (j == counts.size()) counts.emplace_back(word, 0);
        ++counts[j].second;
    }
    sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    string out;
    for (long long i = 0; i < k && i < (long long)counts.size(); ++i)
        out += counts[i].first + ' ' + to_string(counts[i].second) + '\n';
    cout << out;
}
