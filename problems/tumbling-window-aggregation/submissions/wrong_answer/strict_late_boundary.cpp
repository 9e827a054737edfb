// Wrong answer (classic boundary): an event is late only when its window's end is strictly
// before the watermark (end < max_ts - lateness). The statement closes a window once the
// watermark reaches its end (end <= watermark): an event for that window arriving then is
// late. Right whenever no window's end equals the watermark exactly.
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
        if ((ts - origin) % width != 0 && ts < origin) --w;
        const long long start = origin + w * width;
        Window& win = windows[{tenant, start}];
        if (seen_any && start + width < max_ts - lateness) {
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
