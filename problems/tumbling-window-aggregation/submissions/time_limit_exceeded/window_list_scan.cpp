// Time limit exceeded: keeps the windows in one list and finds an event's window by scanning
// it, and on every event walks the open windows to mark the ones the watermark has closed, the
// way a stream processor "fires" windows. Correct, but O(N * G) for G windows: with thousands
// of tenants, each with a window open at once, that is ~10^10 steps on the big cases.
#include <bits/stdc++.h>
using namespace std;

struct Window {
    string tenant;
    long long start;
    long long count = 0, sum = 0, late = 0;
    bool closed = false;
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    long long n, origin, width, lateness;
    cin >> n >> origin >> width >> lateness;
    vector<Window> windows;
    bool seen_any = false;
    long long max_ts = 0;
    string tenant;
    for (long long i = 0; i < n; ++i) {
        long long ts, value;
        cin >> tenant >> ts >> value;
        long long w = (ts - origin) / width;
        if ((ts - origin) % width != 0 && ts < origin) --w;
        const long long start = origin + w * width;
        Window* win = nullptr;
        for (auto& x : windows)
            if (x.start == start && x.tenant == tenant) {
                win = &x;
                break;
            }
        const bool closed = seen_any && start + width <= max_ts - lateness;
        if (!win) {
            windows.push_back({tenant, start});
            win = &windows.back();
            win->closed = closed;
        }
        if (win->closed || closed) {
            ++win->late;
        } else {
            ++win->count;
            win->sum += value;
        }
        if (!seen_any || ts > max_ts) max_ts = ts;
        seen_any = true;
        for (auto& x : windows)
            if (!x.closed && x.start + width <= max_ts - lateness) x.closed = true;
    }
    sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) {
        return a.tenant != b.tenant ? a.tenant < b.tenant : a.start < b.start;
    });
    for (const auto& w : windows)
        cout << w.tenant << ' ' << w.start << ' ' << w.count << ' ' << w.sum << ' ' << w.late << '\n';
}
