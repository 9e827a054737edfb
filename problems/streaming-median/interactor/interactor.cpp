// Interactor for streaming-median (Kattis protocol):
//
//   interactor input_file answer_file feedback_dir/  < solution's stdout  > solution's stdin
//
// The input file is a script, either explicit:
//   script
//   add <k> <v1> ... <vk>      (sent to the solution as one line)
//   query                      (sends "median?" and reads one number back)
//   ...
// or a seeded random stream (so big cases are a few bytes in the package):
//   random <n> <seed> <max_batch> <max_value> [<spike_per_mille>]
//   n numbers in batches of 1..max_batch, uniform in [0, max_value] (spike_per_mille of them
//   instead repeat one of 3 values, for many duplicates); a query after every batch.
// After the script: "end". The expected median is kept with two heaps; an even count's median
// is the mean of the two middle values (a half-integer). Exit 42 accept, 43 reject with the
// reason in judgemessage.txt. The answer file is unused.
#include <bits/stdc++.h>
using namespace std;

static FILE* message = nullptr;
static long long queries_answered = 0;

[[noreturn]] static void Reject(const string& why) {
    if (message) fprintf(message, "%s\n", why.c_str());
    exit(43);
}

static mt19937_64 rng;
static uint64_t Below(uint64_t n) {  // uniform in [0, n), Lemire's multiply-shift, unbiased
    uint64_t x = rng();
    unsigned __int128 m = (unsigned __int128)x * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t t = -n % n;
        while (low < t) {
            x = rng();
            m = (unsigned __int128)x * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

struct Median {
    priority_queue<long long> low;                                       // the smaller half
    priority_queue<long long, vector<long long>, greater<long long>> high;  // the larger half
    long long count = 0;
    void Add(long long v) {
        if (low.empty() || v <= low.top()) low.push(v);
        else high.push(v);
        if (low.size() > high.size() + 1) high.push(low.top()), low.pop();
        if (high.size() > low.size()) low.push(high.top()), high.pop();
        ++count;
    }
    // Twice the median: exact in integers.
    long long Twice() const { return low.size() > high.size() ? 2 * low.top() : low.top() + high.top(); }
};

static Median median;

static void Send(const vector<long long>& batch) {
    string line = "add " + to_string(batch.size());
    for (long long v : batch) line += " " + to_string(v);
    line += "\n";
    fputs(line.c_str(), stdout);
    for (long long v : batch) median.Add(v);
}

static void Query() {
    fputs("median?\n", stdout);
    fflush(stdout);
    char buf[64];
    if (scanf("%63s", buf) != 1)
        Reject("query " + to_string(queries_answered + 1) + ": no answer (the program exited or closed its output)");
    char* end = nullptr;
    errno = 0;
    const double got = strtod(buf, &end);
    if (end == buf || *end != '\0' || errno == ERANGE || !isfinite(got))
        Reject("query " + to_string(queries_answered + 1) + ": '" + string(buf) + "' is not a number");
    const long long twice = median.Twice();
    if (fabs(2 * got - double(twice)) > 1e-3) {
        char want[64];
        snprintf(want, sizeof want, twice % 2 ? "%lld.5" : "%lld", twice >= 0 ? twice / 2 : -((-twice) / 2));
        Reject("query " + to_string(queries_answered + 1) + " (after " + to_string(median.count) +
               " numbers): expected " + want + ", got " + buf);
    }
    ++queries_answered;
}

int main(int argc, char** argv) {
    if (argc < 4) return 2;
    message = fopen((string(argv[3]) + "judgemessage.txt").c_str(), "w");
    ifstream in(argv[1]);
    string mode;
    in >> mode;
    if (mode == "script") {
        string word;
        while (in >> word) {
            if (word == "add") {
                long long k;
                in >> k;
                vector<long long> batch(k);
                for (auto& v : batch) in >> v;
                Send(batch);
            } else if (word == "query") {
                Query();
            } else {
                fprintf(stderr, "interactor: bad script word '%s'\n", word.c_str());
                return 2;
            }
        }
    } else if (mode == "random") {
        long long n, max_batch, max_value, spike = 0;
        uint64_t seed;
        in >> n >> seed >> max_batch >> max_value;
        if (!(in >> spike)) spike = 0;
        rng.seed(seed);
        const long long spikes[3] = {0, max_value / 2, max_value};
        vector<long long> batch;
        for (long long sent = 0; sent < n;) {
            const long long k = min(n - sent, 1 + (long long)Below(uint64_t(max_batch)));
            batch.clear();
            for (long long i = 0; i < k; ++i)
                batch.push_back((long long)Below(1000) < spike ? spikes[Below(3)]
                                                               : (long long)Below(uint64_t(max_value) + 1));
            Send(batch);
            Query();
            sent += k;
        }
    } else {
        fprintf(stderr, "interactor: unknown mode '%s'\n", mode.c_str());
        return 2;
    }
    fputs("end\n", stdout);
    fflush(stdout);
    fprintf(message, "%lld %s answered\n", queries_answered, queries_answered == 1 ? "query" : "queries");
    return 42;
}
