// BLIND WA: Jaccard computed in float and compared with T/100.0 in double; pairs exactly at the threshold (e.g. 7/10 vs 0.7) are dropped
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, T;
    if (scanf("%d %d", &n, &T) != 2) return 0;
    vector<int> len(n);
    unordered_map<int, vector<int>> post;
    post.reserve(1 << 20);
    for (int i = 0; i < n; i++) {
        scanf("%d", &len[i]);
        for (int j = 0; j < len[i]; j++) {
            int s;
            scanf("%d", &s);
            post[s].push_back(i);
        }
    }
    // docs sharing a shingle: for each doc i, count overlaps with docs j < i
    vector<vector<int>> byDoc(n);
    for (auto &[s, v] : post)
        for (int i : v) byDoc[i].push_back(s);
    vector<int> cnt(n, 0);
    vector<int> touched;
    double thr = T / 100.0;
    for (int i = 0; i < n; i++) {
        touched.clear();
        for (int s : byDoc[i]) {
            for (int j : post[s]) {
                if (j >= i) break;
                if (cnt[j]++ == 0) touched.push_back(j);
            }
        }
        for (int j : touched) {
            int inter = cnt[j];
            int uni = len[i] + len[j] - inter;
            float J = (float)inter / uni;
            if (J >= thr) printf("%d %d\n", j, i);
            cnt[j] = 0;
        }
    }
}
