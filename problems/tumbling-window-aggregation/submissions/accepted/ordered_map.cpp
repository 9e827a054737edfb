// Accepted (typical): std::cin and a std::map from (tenant, window start) to the window's
// count, sum and late count, which also gives the output order for free. The window start is
// origin + floor((ts - origin) / width) * width, with a real floor for timestamps before the
// origin; an event is late when its window's end is <= the watermark, the largest timestamp
// seen before it minus the lateness. O(N log G).
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
