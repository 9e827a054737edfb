// BLIND WA: counts in first-appearance order and stable_sorts by count only, so ties keep first-appearance order instead of lexicographic
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    unordered_map<string, int> pos;
    pos.reserve(2 * 1000000);
    vector<pair<string, int>> items;
    char tok[32];
    for (long long i = 0; i < n; i++) {
        scanf("%31s", tok);
        auto [it, fresh] = pos.try_emplace(tok, (int)items.size());
        if (fresh) items.push_back({tok, 0});
        items[it->second].second++;
    }
    stable_sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.second > b.second; });
    for (long long i = 0; i < k && i < (long long)items.size(); i++)
        printf("%s %d\n", items[i].first.c_str(), items[i].second);
}
