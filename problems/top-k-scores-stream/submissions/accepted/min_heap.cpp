// Accepted (typical): a min-heap of the best k records seen so far, ordered so that the top
// is the worst of them ("worse" = lower score, or the same score and a larger id). A new
// record replaces the top when it is better. O(N log k) time, O(k) memory; std::cin with
// sync_with_stdio(false) reads the stream without storing it.
#include <bits/stdc++.h>
using namespace std;

struct Rec {
    long long score, id;
};
// a is better than b: higher score, then smaller id
static bool Better(const Rec& a, const Rec& b) { return a.score != b.score ? a.score > b.score : a.id < b.id; }

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    // priority_queue keeps the "largest" on top; with Better as "less", the top is the worst.
    priority_queue<Rec, vector<Rec>, decltype(&Better)> heap(Better);
    for (long long i = 0; i < n; ++i) {
        Rec r;
        cin >> r.id >> r.score;
        if ((long long)heap.size() < k) heap.push(r);
        else if (Better(r, heap.top())) heap.pop(), heap.push(r);
    }
    vector<Rec> best;
    while (!heap.empty()) best.push_back(heap.top()), heap.pop();
    reverse(best.begin(), best.end());
    string out;
    for (auto& r : best) out += to_string(r.id) + ' ' + to_string(r.score) + '\n';
    cout << out;
}
