// BLIND WA: 300-bucket ring indexed by t%300; expiry clears only the seconds strictly between the last op and t, so a count still sums the bucket holding the hits of second t-300
#include <bits/stdc++.h>
using namespace std;
int main() {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    long long sec[300];
    long long cnt[300];
    for (int i = 0; i < 300; i++) sec[i] = -1, cnt[i] = 0;
    char op[16];
    long long t;
    long long last = -1;
    string out;
    for (int i = 0; i < q; i++) {
        scanf("%15s %lld", op, &t);
        // expire buckets between the last seen second and now
        if (last >= 0 && t - last >= 300) {
            for (int b = 0; b < 300; b++) sec[b] = -1, cnt[b] = 0;
        } else if (last >= 0) {
            for (long long s = last + 1; s < t; s++) {
                int b = s % 300;
                sec[b] = s;
                cnt[b] = 0;
            }
        }
        last = t;
        int b = t % 300;
        if (op[0] == 'h') {
            if (sec[b] != t) { sec[b] = t; cnt[b] = 0; }
            cnt[b]++;
        } else {
            long long total = 0;
            for (int x = 0; x < 300; x++) total += cnt[x];
            out += to_string(total);
            out += '\n';
        }
    }
    fputs(out.c_str(), stdout);
}
