// Accepted (fast): relevance grades are 0..10, so the ideal order needs no sort: count the
// items of each grade and fill the first min(k, n) ideal positions from grade 10 down. Gains
// (2^rel - 1) and discounts 1 / log2(i + 1) come from tables built once; the input is read in
// one buffer and parsed by hand. O(n) per query.
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
    auto number = [&] {
        while (*p && (unsigned char)*p <= ' ') ++p;
        long long v = 0;
        while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
        return v;
    };
    long long q = number(), k = number();
    double gain[11];
    for (int r = 0; r <= 10; ++r) gain[r] = double((1 << r) - 1);
    vector<double> discount;  // discount[i] = 1 / log2(i + 2) for 0-based position i
    double total = 0;
    for (long long t = 0; t < q; ++t) {
        long long n = number();
        long long m = min(n, k);
        while ((long long)discount.size() < m) discount.push_back(1.0 / log2(double(discount.size() + 2)));
        long long count[11] = {};
        double dcg = 0;
        for (long long i = 0; i < n; ++i) {
            int r = int(number());
            ++count[r];
            if (i < m) dcg += gain[r] * discount[i];
        }
        double idcg = 0;
        long long i = 0;
        for (int r = 10; r > 0 && i < m; --r)
            for (long long c = count[r]; c > 0 && i < m; --c, ++i) idcg += gain[r] * discount[i];
        if (idcg > 0) total += dcg / idcg;
    }
    printf("%.9f\n", total / double(q));
}
