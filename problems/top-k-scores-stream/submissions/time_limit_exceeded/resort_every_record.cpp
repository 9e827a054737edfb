// Time limit exceeded: keeps at most k records in a vector and, for every record of the
// stream, appends it, sorts the vector (best first) and drops the last entry. Correct and O(k)
// memory, but O(k log k) work per record whether or not it makes the cut: ~2.5 * 10^6 sorts
// of 1001 records on a big case, about 10^10 comparisons. The fix is to compare with the
// current k-th best first (one comparison rejects most records) and to keep the k in a heap.
#include <bits/stdc++.h>
using namespace std;

struct Rec {
    long long score, id;
};
static bool Better(const Rec& a, const Rec& b) { return a.score != b.score ? a.score > b.score : a.id < b.id; }

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    vector<Rec> top;
    top.reserve(k + 1);
    for (long long i = 0; i < n; ++i) {
        Rec r;
        cin >> r.id >> r.score;
        top.push_back(r);
        sort(top.begin(), top.end(), Better);
        if ((long long)top.size() > k) top.pop_back();
    }
    string out;
    for (auto& r : top) out += to_string(r.id) + ' ' + to_string(r.score) + '\n';
    cout << out;
}
