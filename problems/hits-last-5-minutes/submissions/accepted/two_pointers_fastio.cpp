// Accepted (fast): the hits arrive in time order, so they can stay in one growing array and the
// window is the suffix starting at a "first still inside" index that only moves forward. The
// input is read in one buffer and parsed by hand; the op is told apart by its first letter.
// O(Q) time. (The array keeps every hit; a ring buffer would keep only the window.)
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<char> in(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    const char* p = in.data();
    auto skip = [&] { while (*p && (unsigned char)*p <= ' ') ++p; };
    auto number = [&] {
        skip();
        long long v = 0;
        while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
        return v;
    };
    long long q = number();
    vector<long long> hits;
    hits.reserve(q);
    size_t first = 0;
    string out;
    out.reserve(q * 4 + 16);
    char buf[24];
    for (long long i = 0; i < q; ++i) {
        skip();
        char c = *p;
        while ((unsigned char)*p > ' ') ++p;
        long long t = number();
        if (c == 'h') {
            hits.push_back(t);
        } else {
            while (first < hits.size() && hits[first] <= t - 300) ++first;
            auto r = to_chars(buf, buf + sizeof buf, hits.size() - first);
            out.append(buf, r.ptr);
            out += '\n';
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
