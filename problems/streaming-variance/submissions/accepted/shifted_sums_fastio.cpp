// Accepted (fast): shifted-data algorithm with fast parsing. Subtract K = the first value from
// every x before summing; then sum and sum of squares are of small numbers, and the textbook
// formula var = (S2 - S1^2/n) / n no longer cancels catastrophically (unless the spread is
// itself huge, and then the variance is huge too). Input is read in one buffer and parsed with
// std::from_chars. One pass, O(1) extra memory beyond the input buffer.
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
    skip();
    long long n = 0;
    p = from_chars(p, end, n).ptr;
    double k = 0, s1 = 0, s2 = 0;
    for (long long i = 0; i < n; ++i) {
        skip();
        double x;
        auto r = from_chars(p, end, x);
        if (r.ec != errc()) break;
        p = r.ptr;
        if (i == 0) k = x;
        double d = x - k;
        s1 += d;
        s2 += d * d;
    }
    double dn = double(n);
    double mean = k + s1 / dn;
    double m2 = max(0.0, s2 - s1 * s1 / dn);
    printf("%.10f %.10f %.10f\n", mean, m2 / dn, n > 1 ? m2 / (dn - 1) : 0.0);
}
