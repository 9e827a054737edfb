// Accepted (fast): user_id < 2^30 and timestamp < 2^31, so each event packs into one 64-bit key
// (user_id << 32 | timestamp) whose numeric order is (user, time) order. The input is read in
// one buffer and parsed by hand, the keys are sorted by an LSD radix sort (four passes of 16
// bits, skipping passes where every key has the same digit), and one linear walk produces the
// sessions. O(N) time, 2 N words of memory.
#include <bits/stdc++.h>
using namespace std;

static vector<char> ReadAll() {
    vector<char> buf(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(buf.data() + used, 1, buf.size() - used, stdin);
        if (used < buf.size()) break;
        buf.resize(buf.size() * 2);
    }
    buf.resize(used);
    buf.push_back('\0');
    return buf;
}

static void RadixSort(vector<uint64_t>& a) {
    vector<uint64_t> tmp(a.size());
    vector<uint32_t> cnt(1 << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        fill(cnt.begin(), cnt.end(), 0);
        for (uint64_t x : a) ++cnt[(x >> shift) & 0xffff];
        if (!a.empty() && cnt[(a[0] >> shift) & 0xffff] == a.size()) continue;  // one digit only
        uint32_t sum = 0;
        for (auto& c : cnt) { uint32_t t = c; c = sum; sum += t; }
        for (uint64_t x : a) tmp[cnt[(x >> shift) & 0xffff]++] = x;
        a.swap(tmp);
    }
}

int main() {
    vector<char> in = ReadAll();
    const char* p = in.data();
    auto number = [&] {
        while (*p && (unsigned char)*p <= ' ') ++p;
        uint64_t v = 0;
        while (*p >= '0' && *p <= '9') v = v * 10 + uint64_t(*p++ - '0');
        return v;
    };
    size_t n = number();
    uint64_t g = number();
    vector<uint64_t> key(n);
    for (size_t i = 0; i < n; ++i) {
        uint64_t u = number();
        uint64_t t = number();
        key[i] = u << 32 | t;
    }
    RadixSort(key);

    string out;
    out.reserve(n / 2 + 64);
    char buf[24];
    auto put = [&](uint64_t v, char sep) {
        auto r = to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
        out += sep;
    };
    size_t i = 0;
    while (i < n) {
        uint64_t user = key[i] >> 32;
        uint64_t start = key[i] & 0xffffffffu, last = start, sessions = 1, total = 0;
        for (++i; i < n && (key[i] >> 32) == user; ++i) {
            uint64_t t = key[i] & 0xffffffffu;
            if (t - last > g) {
                total += last - start;
                ++sessions;
                start = t;
            }
            last = t;
        }
        total += last - start;
        put(user, ' '), put(sessions, ' '), put(total, '\n');
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
