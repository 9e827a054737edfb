// Accepted (typical): an inverted index from shingle to the documents seen so far. For each
// document i, walk the posting list of each of its shingles and count, per earlier document j,
// how many shingles they share (a counter array plus a list of the j touched). Then for every
// touched j, |A ∩ B| = count and |A ∪ B| = |A| + |B| - count, and the pair is reported when
// 100 * |A ∩ B| >= T * |A ∪ B| (integers, no floating point). Finally append i to the postings.
// Cost: the sum over shingles of (posting length)^2 / 2 instead of N^2 / 2 pairs.
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
    postings.reserve(1 << 20);
    vector<int> cnt(n, 0), touched;
    for (int i = 0; i < n; ++i) {
        touched.clear();
        for (unsigned s : docs[i]) {
            auto it = postings.find(s);
            if (it == postings.end()) continue;
            for (int j : it->second)
                if (cnt[j]++ == 0) touched.push_back(j);
        }
        const long long a = (long long)docs[i].size();
        for (int j : touched) {
            const long long inter = cnt[j], uni = a + (long long)docs[j].size() - inter;
            if (100 * inter >= (long long)t * uni) printf("%d %d\n", j, i);
            cnt[j] = 0;
        }
        for (unsigned s : docs[i]) postings[s].push_back(i);
    }
}
