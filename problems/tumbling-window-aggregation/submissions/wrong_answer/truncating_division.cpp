// Wrong answer (classic): the window index is (ts - origin) / width with C++ division, which
// truncates toward zero. For a timestamp before the origin that is one window too late: with
// origin 0 and width 1000, ts = -1 lands in [0, 1000) instead of [-1000, 0). Right whenever
// no event is older than the origin.
#include <bits/stdc++.h>
using namespace std;

struct Window {
    long long count = 0, sum = 0, late = 0;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, origin, width, lateness;
    cin >> n >> origin >> width >> lateness;
    map<pair<string, long long>, Window> windows;
    bool seen_any = false;
    long long max_ts = 0;
    string tenant;
    for (long long i = 0; i < n; ++i) {
        long long ts, value;
        cin >> tenant >> ts >> value;
        long long w = (ts - origin) / width;
        const long long start = origin + w * width;
        Window& win = windows[{tenant, start}];
        if (seen_any && start + width <= max_ts - lateness) {
            ++win.late;
        } else {
            ++win.count;
            win.sum += value;
        }
        if (!seen_any || ts > max_ts) max_ts = ts;
        seen_any = true;
    }
    for (const auto& [key, win] : windows)
        cout << key.first << ' ' << key.second << ' ' << win.count << ' ' << win.sum << ' ' << win.late << '\n';
}
