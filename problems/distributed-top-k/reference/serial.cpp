// Single-machine reference for distributed-top-k: reads the WHOLE input (header "N K", then N
// item ids, one per line), counts every id exactly, and prints the K most frequent as
// "id count", by count descending and then id ascending. It defines the answers of the
// generated cases; it is not timed and is not a node program (no message.h).
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<char> in;
    {
        char buf[1 << 16];
        size_t got;
        while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.insert(in.end(), buf, buf + got);
        in.push_back('\0');
    }
    const char* p = in.data();
    auto number = [&](bool& ok) {
        while (*p && (unsigned char)*p <= ' ') ++p;
        ok = *p >= '0' && *p <= '9';
        uint64_t v = 0;
        while (*p >= '0' && *p <= '9') v = v * 10 + uint64_t(*p++ - '0');
        return v;
    };
    bool ok = false;
    const uint64_t n = number(ok);
    if (!ok) return 0;
    const uint64_t k = number(ok);
    vector<uint64_t> ids;
    ids.reserve(n);
    for (uint64_t i = 0; i < n; ++i) {
        uint64_t id = number(ok);
        if (!ok) break;
        ids.push_back(id);
    }
    // Sort and count runs: simple and obviously exact.
    sort(ids.begin(), ids.end());
    vector<pair<uint64_t, uint64_t>> counts;  // (id, count)
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j < ids.size() && ids[j] == ids[i]) ++j;
        counts.push_back({ids[i], j - i});
        i = j;
    }
    auto better = [](const pair<uint64_t, uint64_t>& a, const pair<uint64_t, uint64_t>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const size_t m = (size_t)min<uint64_t>(k, counts.size());
    partial_sort(counts.begin(), counts.begin() + m, counts.end(), better);
    string out;
    for (size_t i = 0; i < m; ++i) out += to_string(counts[i].first) + " " + to_string(counts[i].second) + "\n";
    fwrite(out.data(), 1, out.size(), stdout);
}
