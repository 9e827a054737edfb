// Accepted (fast): parse from one buffer, build the adjacency in CSR form (count degrees, prefix
// sums, fill), sort and deduplicate each list. Per query u: mark u and its friends as excluded,
// walk friends-of-friends and count in a dense array (remembering the users touched), then
// partial-sort the touched users by (count desc, id asc) and clear. O(N + M log deg + sum over
// queries of sum over friends f of deg(f)).
#include <bits/stdc++.h>
using namespace std;

static vector<char> in;
static const char* p;

static long long ReadInt() {
    while (*p && (*p < '0' || *p > '9')) ++p;
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return v;
}

int main() {
    in.resize(1 << 20);
    size_t used = 0;
    for (;;) {
        used += fread(in.data() + used, 1, in.size() - used, stdin);
        if (used < in.size()) break;
        in.resize(in.size() * 2);
    }
    in.resize(used);
    in.push_back('\0');
    p = in.data();
    const int n = (int)ReadInt();
    const long long m = ReadInt();
    vector<int> eu(m), ev(m);
    vector<int> start(n + 1, 0);
    for (long long i = 0; i < m; ++i) {
        eu[i] = (int)ReadInt(), ev[i] = (int)ReadInt();
        ++start[eu[i] + 1], ++start[ev[i] + 1];
    }
    for (int i = 0; i < n; ++i) start[i + 1] += start[i];
    vector<int> adj(2 * m);
    {
        vector<int> at(start.begin(), start.end() - 1);
        for (long long i = 0; i < m; ++i) adj[at[eu[i]]++] = ev[i], adj[at[ev[i]]++] = eu[i];
    }
    // Sort and deduplicate every list in place; keep the new ends.
    vector<int> end(n);
    for (int v = 0; v < n; ++v) {
        sort(adj.begin() + start[v], adj.begin() + start[v + 1]);
        end[v] = (int)(unique(adj.begin() + start[v], adj.begin() + start[v + 1]) - adj.begin());
    }
    const long long q = ReadInt(), k = ReadInt();
    vector<int> cnt(n, 0), touched;
    vector<char> excluded(n, 0);
    string out;
    char buf[32];
    for (long long t = 0; t < q; ++t) {
        const int u = (int)ReadInt();
        excluded[u] = 1;
        for (int e = start[u]; e < end[u]; ++e) excluded[adj[e]] = 1;
        touched.clear();
        for (int e = start[u]; e < end[u]; ++e) {
            const int f = adj[e];
            for (int g = start[f]; g < end[f]; ++g) {
                const int w = adj[g];
                if (!excluded[w] && cnt[w]++ == 0) touched.push_back(w);
            }
        }
        auto better = [&](int a, int b) { return cnt[a] != cnt[b] ? cnt[a] > cnt[b] : a < b; };
        const size_t take = min<size_t>(k, touched.size());
        partial_sort(touched.begin(), touched.begin() + take, touched.end(), better);
        out += to_string(take);
        for (size_t i = 0; i < take; ++i) {
            int len = snprintf(buf, sizeof buf, " %d %d", touched[i], cnt[touched[i]]);
            out.append(buf, len);
        }
        out += '\n';
        for (int w : touched) cnt[w] = 0;
        excluded[u] = 0;
        for (int e = start[u]; e < end[u]; ++e) excluded[adj[e]] = 0;
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
