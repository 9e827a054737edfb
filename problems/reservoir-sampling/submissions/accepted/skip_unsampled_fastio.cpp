// Accepted (fast): the same draws, but most items are never sampled (item i survives the draw
// with probability k / (i + 1)), so it does not parse them. The input is read in one buffer; an
// item is only delimited (skip whitespace, skip digits), and a slot remembers where its
// token starts. Only the k tokens still in the slots at the end are copied to the output.
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
        uint64_t v = 0;
        while (*p >= '0' && *p <= '9') v = v * 10 + uint64_t(*p++ - '0');
        return v;
    };
    uint64_t state = number();
    uint64_t k = number(), n = number();
    vector<const char*> slot;
    slot.reserve(min(k, n));
    for (uint64_t i = 0; i < n; ++i) {
        skip();
        const char* token = p;
        while ((unsigned char)*p > ' ') ++p;
        if (i < k) {
            slot.push_back(token);
            continue;
        }
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        uint64_t j = z % (i + 1);
        if (j < k) slot[j] = token;
    }
    string out;
    for (const char* t : slot) {
        const char* e = t;
        while ((unsigned char)*e > ' ') ++e;
        out.append(t, e);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
