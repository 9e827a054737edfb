// Wrong answer: the inverted-index counting is right, but the similarity is computed as
// |A ∩ B| / min(|A|, |B|) (the overlap coefficient) instead of |A ∩ B| / |A ∪ B|. A document
// that is a truncated copy (a subset) of another scores 1 and is reported even when half of the
// longer document is missing. Agrees with Jaccard when the two sizes are equal.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, t;
    if (scanf("%d %d", &n, &t) != 2) return 0;
    vector<vector<unsigned>> docs(n);
    for (auto& d : docs) {
        int l;
        scanf("%d", &l);
        d.resize(l);
        for (auto& x : d) scanf("%u", &x);
    }
    unordered_map<unsigned, vector<int>> postings;
    vector<int> cnt(n, 0), touched;
    for (int i = 0; i < n; ++i) {
        touched.clear();
        for (unsigned s : docs[i]) {
            auto it = postings.find(s);
            if (it == postings.end()) continue;
            for (int j : it->second)
                if (cnt[j]++ == 0) touched.push_back(j);
        }
        for (int j : touched) {
            const long long inter = cnt[j];
            const long long denom = (long long)min(docs[i].size(), docs[j].size());  // BUG: not the union
            if (100 * inter >= (long long)t * denom) printf("%d %d\n", j, i);
            cnt[j] = 0;
        }
        for (unsigned s : docs[i]) postings[s].push_back(i);
    }
}
