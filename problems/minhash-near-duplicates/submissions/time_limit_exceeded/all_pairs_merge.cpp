// Time limit exceeded: sort every document, then for every pair i < j merge the two sorted
// lists to count the intersection. Correct, but N (N - 1) / 2 merges: 1.25 * 10^9 pairs for
// 50 000 documents, even though almost no pair shares a single shingle.
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
        sort(d.begin(), d.end());
    }
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const auto &a = docs[i], &b = docs[j];
            size_t x = 0, y = 0;
            long long inter = 0;
            while (x < a.size() && y < b.size()) {
                if (a[x] < b[y]) ++x;
                else if (a[x] > b[y]) ++y;
                else ++inter, ++x, ++y;
            }
            const long long uni = (long long)a.size() + (long long)b.size() - inter;
            if (100 * inter >= (long long)t * uni) printf("%d %d\n", i, j);
        }
}
