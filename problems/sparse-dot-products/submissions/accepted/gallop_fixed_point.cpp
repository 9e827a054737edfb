// Accepted (fast): values have at most 3 decimals, so each is parsed by hand from one read
// buffer into an exact integer number of thousandths; a product is an exact integer of
// millionths and every dot product is an exact int64 (|dot| <= 10^5 * 10^10 = 10^15), printed
// exactly. Per query, when the lengths are similar, a two-pointer merge; when one list is much
// shorter, each of its indices is found in the longer list by galloping (exponential then
// binary search) from the last match: O(s log(l / s)) instead of O(s + l). That matters when a
// short vector meets a 20 000-entry vector.
#include <bits/stdc++.h>
using namespace std;

static vector<char> in;
static const char* p;

static long long ReadInt() {
    while (*p && *p != '-' && (*p < '0' || *p > '9')) ++p;
    bool neg = *p == '-';
    if (neg) ++p;
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    return neg ? -v : v;
}

static long long ReadMilli() {  // a decimal with at most 3 decimals, in thousandths
    while (*p && *p != '-' && *p != '.' && (*p < '0' || *p > '9')) ++p;
    bool neg = *p == '-';
    if (neg) ++p;
    long long v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    int digits = 0;
    if (*p == '.') {
        ++p;
        while (*p >= '0' && *p <= '9') {
            if (digits < 3) v = v * 10 + (*p - '0'), ++digits;
            ++p;
        }
    }
    while (digits < 3) v *= 10, ++digits;
    return neg ? -v : v;
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
    const int m = (int)ReadInt();
    ReadInt();  // D is not needed
    vector<long long> start(m + 1, 0);
    vector<int> idx;
    vector<long long> val;
    idx.reserve(used / 12);
    val.reserve(used / 12);
    for (int i = 0; i < m; ++i) {
        const int l = (int)ReadInt();
        for (int j = 0; j < l; ++j) {
            idx.push_back((int)ReadInt());
            val.push_back(ReadMilli());
        }
        start[i + 1] = (long long)idx.size();
    }
    const int q = (int)ReadInt();
    string out;
    out.reserve((size_t)q * 16 + 16);
    char buf[40];
    for (int t = 0; t < q; ++t) {
        int a = (int)ReadInt(), b = (int)ReadInt();
        long long la = start[a + 1] - start[a], lb = start[b + 1] - start[b];
        if (la > lb) swap(a, b), swap(la, lb);
        long long dot = 0;  // in millionths
        const int* ia = idx.data() + start[a];
        const int* ib = idx.data() + start[b];
        const long long* va = val.data() + start[a];
        const long long* vb = val.data() + start[b];
        if (la * 16 >= lb) {
            long long i = 0, j = 0;
            while (i < la && j < lb) {
                if (ia[i] < ib[j]) ++i;
                else if (ia[i] > ib[j]) ++j;
                else dot += va[i++] * vb[j++];
            }
        } else {
            long long j = 0;
            for (long long i = 0; i < la && j < lb; ++i) {
                const int x = ia[i];
                long long step = 1, hi = j;
                while (hi < lb && ib[hi] < x) j = hi + 1, hi += step, step *= 2;
                long long pos = lower_bound(ib + j, ib + min(hi + 1, lb), x) - ib;
                j = pos;
                if (j < lb && ib[j] == x) dot += va[i] * vb[j++];
            }
        }
        unsigned long long mag = dot < 0 ? -(unsigned long long)dot : (unsigned long long)dot;
        int len = snprintf(buf, sizeof buf, "%s%llu.%06llu\n", dot < 0 ? "-" : "", mag / 1000000, mag % 1000000);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
