// Memory limit exceeded: reads every record into a vector and sorts it (or partial_sorts the
// first k). Correct, and the obvious first answer, but it stores the whole stream: 16 bytes per
// record, 40 MB for the 2.5 M-record big cases, far over the 8 MiB limit.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, k;
    if (!(cin >> n >> k)) return 0;
    vector<pair<long long, long long>> all(n);  // (-score, id): ascending = best first
    for (auto& [neg_score, id] : all) {
        long long score;
        cin >> id >> score;
        neg_score = -score;
    }
    long long m = min(n, k);
    partial_sort(all.begin(), all.begin() + m, all.end());
    string out;
    for (long long i = 0; i < m; ++i) out += to_string(all[i].second) + ' ' + to_string(-all[i].first) + '\n';
    cout << out;
}
