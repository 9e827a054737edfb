// BLIND WA: once the heap is full, a record replaces the k-th best only if its score is strictly greater; an equal score with a smaller id is wrongly dropped
#include <bits/stdc++.h>
using namespace std;
struct Rec { long long id, score; };
// "worse" order for the heap top: lowest score, then largest id
struct WorseOnTop {
    bool operator()(const Rec& a, const Rec& b) const {
        if (a.score != b.score) return a.score > b.score;
        return a.id < b.id;
    }
};
int main() {
    long long n, k;
    if (scanf("%lld %lld", &n, &k) != 2) return 0;
    priority_queue<Rec, vector<Rec>, WorseOnTop> heap;
    for (long long i = 0; i < n; i++) {
        Rec r;
        scanf("%lld %lld", &r.id, &r.score);
        if ((long long)heap.size() < k) heap.push(r);
        else if (r.score > heap.top().score) { heap.pop(); heap.push(r); }
    }
    vector<Rec> out;
    while (!heap.empty()) { out.push_back(heap.top()); heap.pop(); }
    reverse(out.begin(), out.end());
    for (auto& r : out) printf("%lld %lld\n", r.id, r.score);
}
