// BLIND WA: offline binary search over all hit times; a count also sees later hits in the same second
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    vector<long long> hits;
    vector<long long> counts;
    char op[16];
    long long t;
    for (int i = 0; i < q; i++) {
        scanf("%15s %lld", op, &t);
        if (op[0] == 'h') hits.push_back(t);
        else counts.push_back(t);
    }
    // timestamps are non-decreasing, so hits is already sorted
    string out;
    for (long long c : counts) {
        auto hi = upper_bound(hits.begin(), hits.end(), c);
        auto lo = upper_bound(hits.begin(), hits.end(), c - 300);
        out += to_string(hi - lo);
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
