// Wrong answer: one watermark per tenant (the largest timestamp that tenant has sent) instead
// of one for the whole stream. A small tenant that is behind the others keeps its old windows
// open, so its stragglers are counted instead of being late. The statement's watermark is
// the stream's, as in a job whose source is the whole topic.
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
    map<string, long long> tenant_max;

    string tenant;
    for (long long i = 0; i < n; ++i) {
        long long ts, value;
        cin >> tenant >> ts >> value;
        long long w = (ts - origin) / width;
        if ((ts - origin) % width != 0 && ts < origin) --w;
        const long long start = origin + w * width;
        Window& win = windows[{tenant, start}];
        auto seen = tenant_max.find(tenant);
        if (seen != tenant_max.end() && start + width <= seen->second - lateness) {
            ++win.late;
        } else {
            ++win.count;
            win.sum += value;
        }
        if (seen == tenant_max.end() || ts > seen->second) tenant_max[tenant] = ts;
    }
    for (const auto& [key, win] : windows)
        cout << key.first << ' ' << key.second << ' ' << win.count << ' ' << win.sum << ' ' << win.late << '\n';
}
