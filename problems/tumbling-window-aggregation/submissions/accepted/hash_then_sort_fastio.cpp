// Accepted (best): one pass over the input in one buffer. Tenants are interned (hash of the
// name's bytes in the buffer, no string copies); each (tenant, window) gets a slot in a flat
// vector through a hash map keyed by (tenant id, window index). The late test needs no window
// closing at all: the watermark only grows, so a window is closed for an event exactly when
// its end <= (max ts before the event) - lateness. At the end the slots are sorted by
// (tenant name, window). O(N) expected plus O(G log G) for the G groups.
#include <bits/stdc++.h>
using namespace std;

static string buf;
static size_t at = 0;

static long long Int() {
    while (buf[at] == ' ' || buf[at] == '\n') ++at;
    bool neg = buf[at] == '-';
    if (neg) ++at;
    long long v = 0;
    while (at < buf.size() && buf[at] >= '0' && buf[at] <= '9') v = v * 10 + (buf[at++] - '0');
    return neg ? -v : v;
}

static long long FloorDiv(long long a, long long b) {  // b > 0
    long long q = a / b;
    if (a % b != 0 && a < 0) --q;
    return q;
}

struct Slot {
    int tenant;
    long long window;
    long long count = 0, sum = 0, late = 0;
};
struct KeyHash {
    size_t operator()(const pair<int, long long>& k) const {
        uint64_t x = (uint64_t)k.second * 0x9e3779b97f4a7c15ULL ^ ((uint64_t)k.first << 1);
        x ^= x >> 31;
        x *= 0xbf58476d1ce4e5b9ULL;
        return (size_t)(x ^ (x >> 29));
    }
};

int main() {
    {
        char tmp[1 << 16];
        size_t got;
        while ((got = fread(tmp, 1, sizeof tmp, stdin)) > 0) buf.append(tmp, got);
        buf += '\n';
    }
    const long long n = Int(), origin = Int(), width = Int(), lateness = Int();
    unordered_map<string_view, int> tenant_id;
    vector<string_view> tenant_name;
    unordered_map<pair<int, long long>, int, KeyHash> slot_of;
    slot_of.reserve(1 << 16);
    vector<Slot> slots;
    bool any = false;
    long long max_ts = 0;
    for (long long i = 0; i < n; ++i) {
        while (buf[at] == ' ' || buf[at] == '\n') ++at;
        const size_t start = at;
        while (buf[at] != ' ') ++at;
        const string_view name(buf.data() + start, at - start);
        auto [it, fresh] = tenant_id.emplace(name, (int)tenant_name.size());
        if (fresh) tenant_name.push_back(name);
        const long long ts = Int(), value = Int();
        const long long w = FloorDiv(ts - origin, width);
        const bool late = any && origin + (w + 1) * width <= max_ts - lateness;
        auto [s, new_slot] = slot_of.emplace(make_pair(it->second, w), (int)slots.size());
        if (new_slot) slots.push_back({it->second, w});
        Slot& slot = slots[s->second];
        if (late) {
            ++slot.late;
        } else {
            ++slot.count;
            slot.sum += value;
        }
        if (!any || ts > max_ts) max_ts = ts, any = true;
    }
    // Rank tenants by name once, then sort the slots by (rank, window).
    vector<int> order(tenant_name.size()), rank(tenant_name.size());
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return tenant_name[a] < tenant_name[b]; });
    for (size_t r = 0; r < order.size(); ++r) rank[order[r]] = (int)r;
    sort(slots.begin(), slots.end(), [&](const Slot& a, const Slot& b) {
        return rank[a.tenant] != rank[b.tenant] ? rank[a.tenant] < rank[b.tenant] : a.window < b.window;
    });
    string out;
    out.reserve(slots.size() * 40);
    for (const Slot& s : slots) {
        out += tenant_name[s.tenant];
        out += ' ';
        out += to_string(origin + s.window * width);
        out += ' ';
        out += to_string(s.count);
        out += ' ';
        out += to_string(s.sum);
        out += ' ';
        out += to_string(s.late);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
