// BLIND WA: reads tokens with scanf("%19s") into char[20] (forgot the byte for '\0' in the width), so a 20-character token is split in two
#include <bits/stdc++.h>
using namespace std;
int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    unordered_map<string, int> cnt;
    cnt.reserve(2 * 1000000);
    char tok[20];
    while (scanf("%19s", tok) == 1) cnt[tok]++;
    vector<pair<string, int>> items(cnt.begin(), cnt.end());
    auto better = [](const pair<string, int>& a, const pair<string, int>& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first < b.first;
    };
    long long m = min<long long>(k, items.size());
    partial_sort(items.begin(), items.begin() + m, items.end(), better);
    for (long long i = 0; i < m; i++)
        printf("%s %d\n", items[i].first.c_str(), items[i].second);
}
