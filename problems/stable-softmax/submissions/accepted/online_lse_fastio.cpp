// Accepted (fast): one pass per row with the online (streaming) log-sum-exp: keep the running
// maximum m and s = sum exp(x - m); when a new maximum arrives, rescale s by exp(m_old - m_new).
// This is the same recurrence FlashAttention uses. Logits are parsed with std::from_chars from
// one read buffer and never stored. O(d) per row, O(1) memory per row.
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
    const char* p = in.data();
    const char* end = p + used;
    auto skip = [&] { while (p < end && (unsigned char)*p <= ' ') ++p; };
    long long rows = 0, d = 0;
    skip(), p = from_chars(p, end, rows).ptr;
    skip(), p = from_chars(p, end, d).ptr;
    string out;
    out.reserve(rows * 32 + 16);
    char buf[64];
    for (long long r = 0; r < rows; ++r) {
        double m = -INFINITY, s = 0;
        for (long long j = 0; j < d; ++j) {
            skip();
            double x;
            p = from_chars(p, end, x).ptr;
            if (x <= m) {
                s += exp(x - m);
            } else {
                s = s * exp(m - x) + 1.0;  // exp(-inf) = 0 on the first element
                m = x;
            }
        }
        int len = snprintf(buf, sizeof buf, "%.9f %.9f\n", m + log(s), 1.0 / s);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
