// BLIND TLE: keeps the in-window hits in a deque but counts them by scanning the deque on every count; a burst in one second makes it quadratic
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
            while (!hits.empty() && hits.front() <= t - 300) hits.pop_front();
            long long c = 0;
            for (long long h : hits)
                if (h > t - 300 && h <= t) c++;
            out += to_string(c);
            out += '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
