// BLIND WA: takes the items in alphabetical order from std::map, then std::sort by count only; std::sort is not stable, so big tie groups get scrambled
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    map<string, int> cnt;
    char tok[32];
    for (long long i = 0; i < n; i++) {
        scanf("%31s", tok);
        cnt[tok]++;
    }
    vector<pair<string, int>> items(cnt.begin(), cnt.end());   // already alphabetical
    sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.second > b.second; });
    for (long long i = 0; i < k && i < (long long)items.size(); i++)
        printf("%s %d\n", items[i].first.c_str(), items[i].second);
}
