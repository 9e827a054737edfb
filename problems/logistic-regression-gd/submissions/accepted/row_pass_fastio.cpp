// Accepted (fast, the reference): one flat row-major array (the bias as a constant feature 1
// in column d, so the weights and the bias are one vector of d + 1), parsed by hand with
// std::from_chars. Each step is a single pass over the rows: the dot product of a row with the
// start-of-step weights, then that row, scaled by (p_i - y_i), added to the gradient
// accumulator. Both inner loops are contiguous and vectorise; the data is read once per step
// instead of twice and never with a stride. The update after the pass uses g / N.
#include <bits/stdc++.h>
using namespace std;

static string in;
static size_t at = 0;
static void ReadAll() {
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) in.append(buf, got);
}
static inline double Num() {
    while (at < in.size() && (unsigned char)in[at] <= ' ') ++at;
    double v = 0;
    auto r = from_chars(in.data() + at, in.data() + in.size(), v);
    at = r.ptr - in.data();
    return v;
}

int main() {
    ReadAll();
    if (in.find_first_not_of(" \n\r\t") == string::npos) return 0;
    const long long n = (long long)Num(), d = (long long)Num(), steps = (long long)Num();
    const double lr = Num();
    const long long m = d + 1;  // features + the constant 1 for the bias
    vector<double> x(n * m), y(n);
    for (long long i = 0; i < n; ++i) {
        double* row = &x[i * m];
        for (long long j = 0; j < d; ++j) row[j] = Num();
        row[d] = 1.0;
        y[i] = Num();
    }
    string().swap(in);
    vector<double> w(m, 0.0), g(m);
    for (long long s = 0; s < steps; ++s) {
        fill(g.begin(), g.end(), 0.0);
        for (long long i = 0; i < n; ++i) {
            const double* row = &x[i * m];
            double z = 0;
            for (long long j = 0; j < m; ++j) z += w[j] * row[j];
            const double r = 1 / (1 + exp(-z)) - y[i];
            for (long long j = 0; j < m; ++j) g[j] += r * row[j];
        }
        const double scale = lr / n;
        for (long long j = 0; j < m; ++j) w[j] -= scale * g[j];
    }
    string out;
    char tmp[64];
    for (long long j = 0; j < d; ++j) {
        char* e = to_chars(tmp, tmp + 60, w[j], chars_format::fixed, 9).ptr;
        *e++ = j + 1 == d ? '\n' : ' ';
        out.append(tmp, e);
    }
    char* e = to_chars(tmp, tmp + 60, w[d], chars_format::fixed, 9).ptr;
    *e++ = '\n';
    out.append(tmp, e);
    fwrite(out.data(), 1, out.size(), stdout);
}
