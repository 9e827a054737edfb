// Accepted (fast): read all of stdin in one buffer, count words in an open-addressing hash
// table keyed by string_view into that buffer (no per-word allocation), then nth_element +
// sort of the first k entries by (count desc, word asc). O(N + D + k log k).
#include <bits/stdc++.h>
using namespace std;

struct Slot {
    const char* p = nullptr;
    uint32_t len = 0;
    uint32_t hash = 0;
    long long count = 0;
};

static vector<char> ReadAll() {
    vector<char> buf;
    size_t used = 0;
    buf.resize(1 << 20);
    for (;;) {
        size_t got = fread(buf.data() + used, 1, buf.size() - used, stdin);
        used += got;
        if (used < buf.size()) break;
        buf.resize(buf.size() * 2);
    }
    buf.resize(used);
    buf.push_back('\0');
    return buf;
}

int main() {
    vector<char> in = ReadAll();
    const char* p = in.data();
    auto skip = [&] { while (*p && (unsigned char)*p <= ' ') ++p; };
    auto number = [&] { skip(); long long v = 0; while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0'); return v; };
    long long n = number(), k = number();

    size_t cap = 1 << 12;
    vector<Slot> table(cap);
    size_t used = 0;
    for (long long i = 0; i < n; ++i) {
        skip();
        const char* s = p;
        uint64_t h = 1469598103934665603ULL;  // FNV-1a
        while ((unsigned char)*p > ' ') h = (h ^ (unsigned char)*p++) * 1099511628211ULL;
        uint32_t len = uint32_t(p - s);
        if (len == 0) break;
        uint32_t h32 = uint32_t(h ^ (h >> 32));
        size_t mask = cap - 1, j = h32 & mask;
        while (table[j].p && !(table[j].hash == h32 && table[j].len == len && memcmp(table[j].p, s, len) == 0))
            j = (j + 1) & mask;
        if (!table[j].p) {
            table[j] = Slot{s, len, h32, 0};
            if (++used * 2 > cap) {  // grow and rehash, keep load <= 1/2
                vector<Slot> old(cap * 2);
                swap(old, table);
                cap *= 2;
                mask = cap - 1;
                for (const Slot& o : old) if (o.p) {
                    size_t t = o.hash & mask;
                    while (table[t].p) t = (t + 1) & mask;
                    table[t] = o;
                }
                // find our slot again
                j = h32 & mask;
                while (!(table[j].hash == h32 && table[j].len == len && memcmp(table[j].p, s, len) == 0)) j = (j + 1) & mask;
            }
        }
        ++table[j].count;
    }

    vector<const Slot*> all;
    all.reserve(used);
    for (const Slot& s : table) if (s.p) all.push_back(&s);
    auto better = [](const Slot* a, const Slot* b) {
        if (a->count != b->count) return a->count > b->count;
        int c = memcmp(a->p, b->p, min(a->len, b->len));
        return c != 0 ? c < 0 : a->len < b->len;
    };
    size_t m = (size_t)min<long long>(k, (long long)all.size());
    if (m < all.size()) nth_element(all.begin(), all.begin() + m, all.end(), better);
    sort(all.begin(), all.begin() + m, better);

    string out;
    char num[24];
    for (size_t i = 0; i < m; ++i) {
        out.append(all[i]->p, all[i]->len);
        out += ' ';
        auto r = to_chars(num, num + sizeof num, all[i]->count);
        out.append(num, r.ptr);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
