// BLIND WA: ignores shingles that occur in more than 1000 documents (boilerplate) when counting the intersection, so true duplicates that share them lose overlap
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, T;
    if (scanf("%d %d", &n, &T) != 2) return 0;
    vector<int> len(n);
    vector<vector<int>> docs(n);
    unordered_map<int, vector<int>> post;
    for (int i = 0; i < n; i++) {
        scanf("%d", &len[i]);
        docs[i].resize(len[i]);
        for (auto &s : docs[i]) {
            scanf("%d", &s);
            post[s].push_back(i);
        }
    }
    const size_t CAP = 1000;  // boilerplate: too common to be informative
    vector<int> cnt(n, 0), touched;
    for (int i = 0; i < n; i++) {
        touched.clear();
        for (int s : docs[i]) {
            auto &v = post[s];
            if (v.size() > CAP) continue;
            for (int j : v) {
                if (j >= i) break;
                if (cnt[j]++ == 0) touched.push_back(j);
            }
        }
        for (int j : touched) {
            long long inter = cnt[j];
            long long uni = len[i] + len[j] - inter;
            if (100 * inter >= T * uni) printf("%d %d\n", j, i);
            cnt[j] = 0;
        }
    }
}
