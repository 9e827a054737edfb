// Accepted (typical): count with std::unordered_map, then keep the k best entries in a
// min-heap whose top is the worst kept entry (lower count, or equal count and larger word).
// O(N + D log k) time, O(D) memory, D = number of distinct words.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    unordered_map<string, long long> count;
    count.reserve(1 << 16);
    string word;
    for (long long i = 0; i < n && cin >> word; ++i) ++count[word];

    using Entry = const pair<const string, long long>*;
    auto better = [](Entry a, Entry b) {
        if (a->second != b->second) return a->second > b->second;
        return a->first < b->first;
    };
    // With "better" as the ordering, the heap's top is the worst entry kept so far.
    priority_queue<Entry, vector<Entry>, decltype(better)> heap(better);
    for (const auto& e : count) {
        heap.push(&e);
        if ((long long)heap.size() > k) heap.pop();
    }
    vector<Entry> top;
    while (!heap.empty()) top.push_back(heap.top()), heap.pop();
    reverse(top.begin(), top.end());
    string out;
    for (Entry e : top) out += e->first + ' ' + to_string(e->second) + '\n';
    cout << out;
}
