// BLIND WA: similarities computed and compared in float; near ties closer than ~1e-7 (but above 1e-9) come out in the wrong order
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static int bufLen = 0, bufPos = 0;
static inline int gc() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof(buf), stdin);
        bufPos = 0;
        if (bufLen <= 0) return -1;
    }
    return buf[bufPos++];
}
static inline int readInt() {
    int c = gc();
    while (c != '-' && (c < '0' || c > '9')) c = gc();
    bool neg = false;
    if (c == '-') { neg = true; c = gc(); }
    int x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = gc(); }
    return neg ? -x : x;
}

struct Cand {
    float s;
    int id;
};
// heap top = worst candidate: lowest score, then largest id
struct Worse {
    bool operator()(const Cand& a, const Cand& b) const { return a.s != b.s ? a.s > b.s : a.id < b.id; }
};

int main() {
    int N = readInt(), d = readInt(), k = readInt();
    vector<int> items((size_t)N * d);
    vector<float> inv(N);
    for (int i = 0; i < N; i++) {
        long long n2 = 0;
        for (int j = 0; j < d; j++) {
            int x = readInt();
            items[(size_t)i * d + j] = x;
            n2 += x * x;
        }
        inv[i] = n2 ? 1.0f / sqrtf((float)n2) : 0.0f;
    }
    int Q = readInt();
    const int B = 32;
    int kk = min(k, N);
    string out;
    vector<int> qt((size_t)d * B);
    for (int q0 = 0; q0 < Q; q0 += B) {
        int nb = min(B, Q - q0);
        fill(qt.begin(), qt.end(), 0);
        for (int b = 0; b < nb; b++)
            for (int j = 0; j < d; j++) qt[(size_t)j * B + b] = readInt();
        vector<priority_queue<Cand, vector<Cand>, Worse>> heaps(nb);
        vector<float> thr(nb, 0);
        vector<char> full(nb, 0);
        for (int i = 0; i < N; i++) {
            int acc[B] = {0};
            const int* it = &items[(size_t)i * d];
            for (int j = 0; j < d; j++) {
                int a = it[j];
                const int* qr = &qt[(size_t)j * B];
                for (int b = 0; b < B; b++) acc[b] += a * qr[b];
            }
            float sc[B];
            for (int b = 0; b < B; b++) sc[b] = (float)acc[b] * inv[i];
            for (int b = 0; b < nb; b++) {
                float s = sc[b];
                if (full[b] && !(s >= thr[b])) continue;  // cannot enter the top k
                auto& h = heaps[b];
                if ((int)h.size() < kk) h.push({s, i});
                else if (s > h.top().s) { h.pop(); h.push({s, i}); }
                if ((int)h.size() == kk) { full[b] = true; thr[b] = h.top().s; }
            }
        }
        for (int b = 0; b < nb; b++) {
            vector<Cand> v;
            auto& h = heaps[b];
            while (!h.empty()) { v.push_back(h.top()); h.pop(); }
            sort(v.begin(), v.end(), [](const Cand& x, const Cand& y) { return x.s != y.s ? x.s > y.s : x.id < y.id; });
            for (size_t t = 0; t < v.size(); t++) {
                if (t) out += ' ';
                out += to_string(v[t].id);
            }
            out += '\n';
        }
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
