// Accepted (fast): the AllPairs algorithm, prefix filtering plus size filtering.
// 1. Parse from one buffer. Rename every shingle by its global frequency rank (rarest first:
//    sort the (shingle, doc) pairs once), and sort every document by that rank.
// 2. If J(A, B) >= t then |A ∩ B| >= t * max(|A|, |B|), so with o_A = ceil(t |A|) the first
//    |A| - o_A + 1 shingles of A and the first |B| - o_B + 1 of B (in the global order) must share
//    a shingle. Only those prefixes are indexed and probed, and they are made of the rarest
//    shingles, so the posting lists walked are short: the boilerplate shingles shared by
//    thousands of documents sit at the end of every document and are never indexed.
// 3. Documents are processed by increasing size, so every indexed B has |B| <= |A|; a candidate
//    also needs 100 |B| >= T |A| (size filter). Each surviving candidate is verified with a
//    merge of the two sorted documents and the exact integer test 100 |A ∩ B| >= T |A ∪ B|.
// The grouping uses a radix sort and the prefix index is one flat (CSR) array, so there is no
// hash map and no per-shingle allocation.
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
    const long long t = ReadInt();
    vector<long long> start(n + 1, 0);
    vector<pair<unsigned, int>> occ;  // (shingle, doc)
    occ.reserve(used / 8);
    for (int i = 0; i < n; ++i) {
        const int l = (int)ReadInt();
        for (int j = 0; j < l; ++j) occ.push_back({(unsigned)ReadInt(), i});
        start[i + 1] = start[i] + l;
    }
    // Group equal shingles: stable LSD radix sort on the 32-bit shingle, two 16-bit passes
    // (the pairs are already in document order, and stability keeps it).
    {
        vector<pair<unsigned, int>> tmp(occ.size());
        for (int shift = 0; shift < 32; shift += 16) {
            vector<size_t> bucket(65537, 0);
            for (auto& e : occ) ++bucket[((e.first >> shift) & 0xFFFF) + 1];
            for (int b = 0; b < 65536; ++b) bucket[b + 1] += bucket[b];
            for (auto& e : occ) tmp[bucket[(e.first >> shift) & 0xFFFF]++] = e;
            occ.swap(tmp);
        }
    }
    // Rank shingles: rarer first, ties by value.
    vector<pair<int, unsigned>> freq;  // (count, shingle)
    for (size_t a = 0; a < occ.size();) {
        size_t b = a;
        while (b < occ.size() && occ[b].first == occ[a].first) ++b;
        freq.push_back({(int)(b - a), occ[a].first});
        a = b;
    }
    vector<int> rank_of_group(freq.size());
    {
        vector<int> order(freq.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int x, int y) { return freq[x] < freq[y]; });
        for (int r = 0; r < (int)order.size(); ++r) rank_of_group[order[r]] = r;
    }
    vector<int> tok(occ.size());
    vector<long long> fill(start.begin(), start.end() - 1);
    for (size_t a = 0, g = 0; a < occ.size(); ++g) {
        size_t b = a;
        while (b < occ.size() && occ[b].first == occ[a].first) ++b;
        for (size_t c = a; c < b; ++c) tok[fill[occ[c].second]++] = rank_of_group[g];
        a = b;
    }
    occ.clear();
    occ.shrink_to_fit();
    for (int i = 0; i < n; ++i) sort(tok.begin() + start[i], tok.begin() + start[i + 1]);

    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    stable_sort(order.begin(), order.end(),
                [&](int x, int y) { return start[x + 1] - start[x] < start[y + 1] - start[y]; });
    // The prefix index in CSR form: for each shingle rank, the documents whose prefix holds it,
    // in processing order. While processing the document at position `pos`, only entries of
    // earlier documents count, and they are exactly the front of each list up to `pos`.
    vector<int> pos_of(n);
    for (int r = 0; r < n; ++r) pos_of[order[r]] = r;
    auto prefix_len = [&](int x) {
        const long long lx = start[x + 1] - start[x];
        return lx - (t * lx + 99) / 100 + 1;  // |x| - ceil(t |x|) + 1
    };
    vector<int> head(freq.size() + 1, 0);
    for (int x : order)
        for (long long k = 0, pl = min(prefix_len(x), start[x + 1] - start[x]); k < pl; ++k)
            ++head[tok[start[x] + k] + 1];
    for (size_t g = 0; g < freq.size(); ++g) head[g + 1] += head[g];
    vector<int> post(head.back());
    {
        vector<int> at(head.begin(), head.end() - 1);
        for (int x : order)
            for (long long k = 0, pl = min(prefix_len(x), start[x + 1] - start[x]); k < pl; ++k)
                post[at[tok[start[x] + k]]++] = pos_of[x];
    }
    vector<char> seen(n, 0);
    vector<int> cand;
    string out;
    char buf[32];
    for (int px = 0; px < n; ++px) {
        const int x = order[px];
        const long long lx = start[x + 1] - start[x];
        const long long prefix = min(prefix_len(x), lx);
        cand.clear();
        for (long long k = 0; k < prefix; ++k) {
            const int g = tok[start[x] + k];
            for (int e = head[g]; e < head[g + 1] && post[e] < px; ++e)
                if (!seen[post[e]]) seen[post[e]] = 1, cand.push_back(post[e]);
        }
        for (int py : cand) {
            seen[py] = 0;
            const int y = order[py];
            const long long ly = start[y + 1] - start[y];
            if (100 * ly < t * lx) continue;  // size filter
            const int *a = &tok[start[x]], *ae = a + lx, *b = &tok[start[y]], *be = b + ly;
            long long inter = 0;
            while (a < ae && b < be) {
                if (*a < *b) ++a;
                else if (*a > *b) ++b;
                else ++inter, ++a, ++b;
            }
            if (100 * inter >= t * (lx + ly - inter)) {
                int len = snprintf(buf, sizeof buf, "%d %d\n", min(x, y), max(x, y));
                out.append(buf, len);
            }
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
