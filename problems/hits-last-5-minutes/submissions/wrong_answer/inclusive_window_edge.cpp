// BLIND WA: window taken as [t-300, t] (pops only hits older than t-300), so a hit exactly 300 s old is still counted
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    deque<long long> hits;
    char op[16];
    long long t;
    string out;
    for (int i = 0; i < q; i++) {
        scanf("%15s %lld", op, &t);
        if (op[0] == 'h') {
            hits.push_back(t);
        } else {
            while (!hits.empty() && hits.front() < t - 300) hits.pop_front();
            out += to_string(hits.size());
            out += '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
