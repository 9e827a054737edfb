// Accepted (best): one pass over the input through a 64 KiB buffer, with five flat arrays
// indexed by user id (13 bytes a user, 13 MB for 10^6 users) and nothing per row. A row
// (user, day) that repeats the user's previous row's day is a duplicate (the blocks come in
// day order) and is skipped; otherwise the day counts in the older or the newer half of the
// lookback, sets the last active day, or marks activity in the churn window. Everything else
// is ignored. The output goes out in 64 KiB pieces. O(rows + U) time, O(U) memory.
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static size_t pos = 0, len = 0;

static int Get() {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return -1;
    }
    return (unsigned char)buf[pos++];
}
static long long Int() {
    int c = Get();
    while (c == ' ' || c == '\n') c = Get();
    long long v = 0;
    for (; c >= '0' && c <= '9'; c = Get()) v = v * 10 + (c - '0');
    return v;
}

int main() {
    const long long users = Int(), cutoff = Int(), lookback = Int(), window = Int(), blocks = Int();
    const long long start = cutoff - lookback, middle = cutoff - lookback / 2, end = cutoff + window;
    vector<int> last_seen(users, -1), last_active(users, -1);
    vector<uint16_t> older(users, 0), newer(users, 0);
    vector<uint8_t> returned(users, 0);
    for (long long b = 0; b < blocks; ++b) {
        const int day = (int)Int();
        const long long m = Int();
        long long user = 0;
        for (long long i = 0; i < m; ++i) {
            user += Int();
            if (last_seen[user] == day) continue;
            last_seen[user] = day;
            if (day >= start && day < cutoff) {
                if (day < middle) ++older[user];
                else ++newer[user];
                last_active[user] = day;
            } else if (day >= cutoff && day < end) {
                returned[user] = 1;
            }
        }
    }
    long long eligible = 0, churned = 0;
    for (long long u = 0; u < users; ++u)
        if (older[u] + newer[u] > 0) ++eligible, churned += !returned[u];
    printf("%lld %lld\n", eligible, churned);
    fflush(stdout);
    string out;
    for (long long u = 0; u < users; ++u) {
        if (older[u] + newer[u] == 0) continue;
        if (out.size() > (1 << 16)) fwrite(out.data(), 1, out.size(), stdout), out.clear();
        out += to_string(u);
        out += returned[u] ? " 0 " : " 1 ";
        out += to_string(cutoff - last_active[u]);
        out += ' ';
        out += to_string(older[u] + newer[u]);
        out += ' ';
        out += to_string((int)newer[u] - (int)older[u]);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
