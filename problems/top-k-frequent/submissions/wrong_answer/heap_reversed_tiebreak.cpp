// Wrong answer: hash map + size-k heap, but the tie-break in the comparator is flipped, so
// among equal counts the alphabetically LAST words win and are printed first. Counts are
// right. Passes sample 1 (no ties), fails sample 2 and every case with a tie.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    unordered_map<string, long long> count;
    string word;
    for (long long i = 0; i < n && cin >> word; ++i) ++count[word];
    using Entry = pair<long long, string>;
    // BUG: pair's default ordering compares the word ascending too, so the min-heap evicts the
    // smallest word among equal counts: the opposite of the required tie-break.
    priority_queue<Entry, vector<Entry>, greater<Entry>> heap;
    for (const auto& [w, c] : count) {
        heap.emplace(c, w);
        if ((long long)heap.size() > k) heap.pop();
    }
    vector<Entry> top;
    while (!heap.empty()) top.push_back(heap.top()), heap.pop();
    reverse(top.begin(), top.end());
    string out;
    for (const auto& [c, w] : top) out += w + ' ' + to_string(c) + '\n';
    cout << out;
}
