// Accepted (fast, the reference): a streaming merge that never enumerates pairs. Both inputs
// are sorted, so each side is read as a stream of key groups (count, sum of values). For a key
// present on both sides the group contributes cL * cR joined rows and
// sum_x sum_y a_x b_y = (sum a)(sum b) to the checksum (the identity holds mod 2^64 too).
// It stores only the left table's groups (key, count, sum), never the rows, and streams the
// right table against them. Input is parsed by hand from a 64 KiB buffer.
#include <bits/stdc++.h>
using namespace std;

struct Reader {
    FILE* f;
    vector<char> buf = vector<char>(1 << 16);
    size_t len = 0, pos = 0;
    explicit Reader(FILE* file) : f(file) {}
    int Get() {
        if (pos == len) {
            len = fread(buf.data(), 1, buf.size(), f);
            pos = 0;
            if (len == 0) return -1;
        }
        return (unsigned char)buf[pos++];
    }
    unsigned long long U64() {
        int c = Get();
        while (c != -1 && c <= ' ') c = Get();
        unsigned long long v = 0;
        while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = Get();
        return v;
    }
};

struct Groups {  // the key groups of one sorted table, one at a time
    Reader& in;
    long long left;
    bool has_pending = false;
    unsigned long long pk = 0, pv = 0;
    unsigned long long key = 0, count = 0, sum = 0;
    Groups(Reader& r, long long rows) : in(r), left(rows) {}
    bool Next() {
        if (!has_pending) {
            if (left == 0) return false;
            pk = in.U64(), pv = in.U64(), --left, has_pending = true;
        }
        key = pk, count = 1, sum = pv, has_pending = false;
        while (left > 0) {
            pk = in.U64(), pv = in.U64(), --left;
            if (pk != key) { has_pending = true; break; }
            ++count, sum += pv;
        }
        return true;
    }
};

int main() {
    Reader in(stdin);
    long long l = (long long)in.U64();
    vector<array<unsigned long long, 3>> lg;
    {
        Groups g(in, l);
        while (g.Next()) lg.push_back({g.key, g.count, g.sum});
    }
    long long r = (long long)in.U64();
    Groups g(in, r);
    unsigned long long rows = 0, checksum = 0;
    size_t i = 0;
    while (i < lg.size() && g.Next()) {
        while (i < lg.size() && lg[i][0] < g.key) ++i;
        if (i < lg.size() && lg[i][0] == g.key) rows += lg[i][1] * g.count, checksum += lg[i][2] * g.sum;
    }
    printf("%llu %llu\n", rows, checksum);
}
