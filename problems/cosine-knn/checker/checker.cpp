// Checker for cosine-knn (testlib protocol: checker input output answer; exit 0 = OK,
// 1 = WA with the reason on stderr, 3 = the input or answer itself is broken).
//
// The components are small integers, so the checker knows every similarity exactly: with
// dot = a.q, cos(a, q) = dot / sqrt(|a|^2 |q|^2), and two similarities for the same query
// compare exactly through sign(dot_a) dot_a^2 |b|^2 versus sign(dot_b) dot_b^2 |a|^2 in 128-bit
// integers. For every query line it requires:
//   1. exactly min(k, N) ids, each in [0, N), no repeats;
//   2. at every rank r, the similarity of the printed id is within 1e-9 of the similarity of
//      the answer's id at rank r (so two items whose similarities differ by less than 1e-9,
//      where double rounding could flip the order, may come in either order);
//   3. neighbours with exactly equal similarity are in increasing id order;
//   4. at the cut-off, the printed ids with exactly the similarity of the last answer id are
//      the same ids as in the answer (an exact tie across the k-th place keeps the smaller ids).
#include <bits/stdc++.h>
using namespace std;
typedef __int128 i128;

[[noreturn]] static void Verdict(int code, const string& msg) {
    fprintf(stderr, "%s\n", msg.c_str());
    exit(code);
}

struct Reader {
    FILE* f;
    char buf[1 << 16];
    size_t len = 0, pos = 0;
    int gc() {
        if (pos == len) {
            len = fread(buf, 1, sizeof buf, f);
            pos = 0;
            if (len == 0) return -1;
        }
        return (unsigned char)buf[pos++];
    }
    bool next(long long& v) {
        int c = gc();
        while (c != -1 && c <= ' ') c = gc();
        if (c == -1) return false;
        bool neg = c == '-';
        if (neg) c = gc();
        v = 0;
        while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = gc();
        if (neg) v = -v;
        return true;
    }
};

// Reads one line of whitespace-separated tokens; false at end of file.
static bool ReadLine(istream& s, vector<string>& toks) {
    string line;
    if (!getline(s, line)) return false;
    toks.clear();
    istringstream ls(line);
    string t;
    while (ls >> t) toks.push_back(t);
    return true;
}

int main(int argc, char** argv) {
    if (argc < 4) Verdict(3, "usage: checker input output answer");
    Reader in{fopen(argv[1], "r")};
    if (!in.f) Verdict(3, "cannot open the input");
    long long n, d, k, q;
    if (!in.next(n) || !in.next(d) || !in.next(k)) Verdict(3, "bad input header");
    vector<int> items((size_t)(n * d));
    vector<long long> sq(n, 0);
    for (long long i = 0; i < n; ++i)
        for (long long j = 0; j < d; ++j) {
            long long x;
            if (!in.next(x)) Verdict(3, "input ends early");
            items[i * d + j] = (int)x;
            sq[i] += x * x;
        }
    if (!in.next(q)) q = 0;
    vector<vector<int>> queries(q, vector<int>(d));
    for (auto& v : queries)
        for (auto& x : v) {
            long long y;
            if (!in.next(y)) Verdict(3, "input ends early (queries)");
            x = (int)y;
        }
    fclose(in.f);

    ifstream out(argv[2]), ans(argv[3]);
    const long long take = min(k, n);
    vector<string> ot, at;
    for (long long t = 0; t < q; ++t) {
        const string where = "query " + to_string(t + 1) + " (line " + to_string(t + 1) + ")";
        if (!ReadLine(out, ot)) Verdict(1, where + ": output ends early");
        if (!ReadLine(ans, at) || (long long)at.size() != take) Verdict(3, where + ": bad answer file");
        if ((long long)ot.size() != take)
            Verdict(1, where + ": expected " + to_string(take) + " ids, got " + to_string(ot.size()));
        const auto& qv = queries[t];
        long long qsq = 0;
        for (int x : qv) qsq += (long long)x * x;
        auto dot = [&](long long id) {
            long long s = 0;
            for (long long j = 0; j < d; ++j) s += (long long)items[id * d + j] * qv[j];
            return s;
        };
        auto value = [&](long long id, long long dt) -> long double {
            if (sq[id] == 0 || qsq == 0) return 0.0L;
            return (long double)dt / sqrtl((long double)sq[id] * (long double)qsq);
        };
        // Exact equality of two similarities: both 0, or the same sign and dt_a^2 |b|^2 == dt_b^2 |a|^2.
        auto equal = [&](long long a, long long da, long long b, long long db) {
            bool za = sq[a] == 0 || qsq == 0 || da == 0, zb = sq[b] == 0 || qsq == 0 || db == 0;
            if (za || zb) return za && zb;
            if ((da > 0) != (db > 0)) return false;
            return (i128)da * da * sq[b] == (i128)db * db * sq[a];
        };
        vector<long long> oid(take), aid(take), odot(take), adot(take);
        set<long long> seen;
        for (long long r = 0; r < take; ++r) {
            const string& s = ot[r];
            char* end = nullptr;
            errno = 0;
            long long v = strtoll(s.c_str(), &end, 10);
            if (s.empty() || end != s.c_str() + s.size() || errno || v < 0 || v >= n)
                Verdict(1, where + ": '" + s.substr(0, 30) + "' is not an item id in [0, N)");
            if (!seen.insert(v).second) Verdict(1, where + ": id " + s + " printed twice");
            oid[r] = v;
            odot[r] = dot(v);
            aid[r] = atoll(at[r].c_str());
            if (aid[r] < 0 || aid[r] >= n) Verdict(3, where + ": bad answer id");
            adot[r] = dot(aid[r]);
        }
        for (long long r = 0; r < take; ++r) {
            long double vo = value(oid[r], odot[r]), va = value(aid[r], adot[r]);
            if (fabsl(vo - va) > 1e-9L) {
                char msg[300];
                snprintf(msg, sizeof msg,
                         "%s, rank %lld: id %lld has cosine %.12Lf, but the item at this rank should have %.12Lf (id %lld)",
                         where.c_str(), r + 1, oid[r], vo, va, aid[r]);
                Verdict(1, msg);
            }
            if (r > 0 && oid[r - 1] > oid[r] && equal(oid[r - 1], odot[r - 1], oid[r], odot[r]))
                Verdict(1, where + ", rank " + to_string(r + 1) + ": ids " + to_string(oid[r - 1]) + " and " +
                               to_string(oid[r]) + " tie exactly, so the smaller id comes first");
        }
        if (take > 0) {
            const long long last = aid[take - 1], ldot = adot[take - 1];
            set<long long> a_tail, o_tail;
            for (long long r = 0; r < take; ++r) {
                if (equal(aid[r], adot[r], last, ldot)) a_tail.insert(aid[r]);
                if (equal(oid[r], odot[r], last, ldot)) o_tail.insert(oid[r]);
            }
            if (a_tail != o_tail)
                Verdict(1, where + ": an exact tie at the k-th place must keep the smallest ids (expected id " +
                               to_string(*a_tail.rbegin()) + " among them)");
        }
    }
    if (ReadLine(out, ot) && !ot.empty()) Verdict(1, "extra output after " + to_string(q) + " lines");
    while (ReadLine(out, ot))
        if (!ot.empty()) Verdict(1, "extra output after " + to_string(q) + " lines");
    fprintf(stderr, "ok %lld queries\n", q);
    return 0;
}
