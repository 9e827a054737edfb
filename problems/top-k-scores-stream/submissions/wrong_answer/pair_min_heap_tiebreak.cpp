// Wrong answer: the classic shortcut, a std::priority_queue of (score, id) pairs with
// std::greater, so that the top is the smallest pair. On a score tie the smallest pair is the
// one with the smaller id, so the heap evicts the smaller id and keeps the larger one: the
// tie-break is reversed at the cut-off, and the final sort (descending pairs) lists tied
// records by larger id first too.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    priority_queue<pair<long long, long long>, vector<pair<long long, long long>>, greater<>> heap;
    for (long long i = 0; i < n; ++i) {
        long long id, score;
        cin >> id >> score;
        heap.push({score, id});
        if ((long long)heap.size() > k) heap.pop();
    }
    vector<pair<long long, long long>> best;
    while (!heap.empty()) best.push_back(heap.top()), heap.pop();
    reverse(best.begin(), best.end());
    string out;
    for (auto& [score, id] : best) out += to_string(id) + ' ' + to_string(score) + '\n';
    cout << out;
}
