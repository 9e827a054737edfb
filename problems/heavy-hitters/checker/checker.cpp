// Checker for heavy-hitters (testlib protocol: checker input output answer; exit 0 = OK,
// 1 = WA with the reason on stderr, 3 = the input itself is broken).
//
// The answer file is not used: it holds the reference's own approximate output. The checker
// counts every id of the input exactly, then requires of the output:
//   - every token is an unsigned 64-bit integer (decimal digits only), no id twice;
//   - every id with f * 10^4 > P * N is reported   (f > phi N, phi = P / 10^4);
//   - every reported id has f * 10^5 >= 9 * P * N  (f >= (phi - phi/10) N).
#include <bits/stdc++.h>
using namespace std;

[[noreturn]] static void Verdict(int code, const string& msg) {
    fprintf(stderr, "%s\n", msg.c_str());
    exit(code);
}

static bool ParseU64(const string& s, uint64_t& v) {
    if (s.empty() || s.size() > 20) return false;
    unsigned __int128 x = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        x = x * 10 + (c - '0');
    }
    if (x > (unsigned __int128)UINT64_MAX) return false;
    v = (uint64_t)x;
    return true;
}

int main(int argc, char** argv) {
    if (argc < 4) Verdict(3, "usage: checker input output answer");
    FILE* in = fopen(argv[1], "r");
    if (!in) Verdict(3, "cannot open the input");
    long long n;
    char phi_text[64];
    if (fscanf(in, "%lld %63s", &n, phi_text) != 2) Verdict(3, "bad input header");
    long long p = 0;
    {
        string s = phi_text;
        size_t dot = s.find('.');
        string whole = s.substr(0, dot), frac = dot == string::npos ? "" : s.substr(dot + 1);
        while (frac.size() < 4) frac += '0';
        p = stoll(whole) * 10000 + stoll(frac.substr(0, 4));
    }
    vector<uint64_t> ids(n);
    {
        static char buf[1 << 16];
        size_t len = 0, pos = 0;
        auto gc = [&]() -> int {
            if (pos == len) {
                len = fread(buf, 1, sizeof buf, in);
                pos = 0;
                if (len == 0) return -1;
            }
            return (unsigned char)buf[pos++];
        };
        for (long long i = 0; i < n; ++i) {
            int c = gc();
            while (c != -1 && c <= ' ') c = gc();
            if (c == -1) Verdict(3, "input ends early");
            uint64_t v = 0;
            while (c >= '0' && c <= '9') v = v * 10 + (c - '0'), c = gc();
            ids[i] = v;
        }
    }
    fclose(in);
    sort(ids.begin(), ids.end());
    vector<pair<uint64_t, long long>> freq;  // sorted by id
    for (size_t i = 0; i < ids.size();) {
        size_t j = i;
        while (j < ids.size() && ids[j] == ids[i]) ++j;
        freq.push_back({ids[i], (long long)(j - i)});
        i = j;
    }
    vector<uint64_t>().swap(ids);
    auto must = [&](long long f) { return (__int128)f * 10000 > (__int128)p * n; };
    auto may = [&](long long f) { return (__int128)f * 100000 >= (__int128)9 * p * n; };

    ifstream out(argv[2]);
    string tok;
    vector<uint64_t> got;
    while (out >> tok) {
        uint64_t v;
        if (!ParseU64(tok, v))
            Verdict(1, "token " + to_string(got.size() + 1) + " is not an unsigned 64-bit id: '" + tok.substr(0, 40) + "'");
        got.push_back(v);
    }
    sort(got.begin(), got.end());
    for (size_t i = 1; i < got.size(); ++i)
        if (got[i] == got[i - 1]) Verdict(1, "id " + to_string(got[i]) + " is reported twice");
    for (uint64_t v : got) {
        auto it = lower_bound(freq.begin(), freq.end(), pair<uint64_t, long long>{v, 0});
        long long f = (it != freq.end() && it->first == v) ? it->second : 0;
        if (!may(f))
            Verdict(1, "id " + to_string(v) + " is reported but occurs only " + to_string(f) +
                           " times, below (phi - eps) N");
    }
    size_t must_count = 0;
    for (auto& [id, f] : freq) {
        if (!must(f)) continue;
        ++must_count;
        if (!binary_search(got.begin(), got.end(), id))
            Verdict(1, "id " + to_string(id) + " occurs " + to_string(f) + " times, more than phi N, and is missing");
    }
    fprintf(stderr, "ok %zu heavy hitters, %zu ids reported\n", must_count, got.size());
    return 0;
}
