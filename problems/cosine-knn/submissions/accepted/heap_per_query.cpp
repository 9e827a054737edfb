// Accepted (typical): items in one contiguous row-major vector<int> (the input is integers, so
// the dot product is exact), norms computed once,
// then for every query a bounded min-heap of size k over (score, id): an item enters when it
// beats the worst of the current top k. Scanf parsing. O(Q * N * (d + log k)).
// The query norm is a positive constant per query, so dividing by it does not change the order;
// it is skipped (and a zero query scores 0 against everything, as the statement says).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d, k;
    if (scanf("%d %d %d", &n, &d, &k) != 3) return 0;
    vector<int> items((size_t)n * d);
    vector<double> norm(n);
    for (int i = 0; i < n; ++i) {
        double sq = 0;
        for (int j = 0; j < d; ++j) {
            int x;
            scanf("%d", &x);
            items[(size_t)i * d + j] = x;
            sq += (double)x * x;
        }
        norm[i] = sqrt(sq);
    }
    int q;
    if (scanf("%d", &q) != 1) q = 0;
    const int take = min(k, n);
    vector<int> query(d);
    // "Better" = higher score, then smaller id. The heap's top is the worst kept candidate.
    auto better = [](const pair<double, int>& a, const pair<double, int>& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    vector<pair<double, int>> heap;
    for (int t = 0; t < q; ++t) {
        for (int j = 0; j < d; ++j) {
            int x;
            scanf("%d", &x);
            query[j] = x;
        }
        heap.clear();
        for (int i = 0; i < n; ++i) {
            const int* row = &items[(size_t)i * d];
            int dot = 0;  // |dot| <= 128 * 100 * 100, exact in 32 bits
            for (int j = 0; j < d; ++j) dot += row[j] * query[j];
            pair<double, int> cand{norm[i] > 0 ? dot / norm[i] : 0.0, i};
            if ((int)heap.size() < take) {
                heap.push_back(cand);
                push_heap(heap.begin(), heap.end(), better);
            } else if (better(cand, heap.front())) {
                pop_heap(heap.begin(), heap.end(), better);
                heap.back() = cand;
                push_heap(heap.begin(), heap.end(), better);
            }
        }
        sort(heap.begin(), heap.end(), better);
        for (int r = 0; r < take; ++r) printf(r + 1 < take ? "%d " : "%d", heap[r].second);
        printf("\n");
    }
}
