// BLIND WA: item ids kept as strings end to end, so ties on count are broken lexicographically ("10" before "9"), not numerically
#include <bits/stdc++.h>
#include "message.h"
using namespace std;

static bool better(const pair<string, long long>& a, const pair<string, long long>& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
}

static void parseLines(const string& text, unordered_map<string, long long>& into) {
    size_t p = 0;
    while (p < text.size()) {
        size_t sp = text.find(' ', p), nl = text.find('\n', sp);
        into[text.substr(p, sp - p)] += stoll(text.substr(sp + 1, nl - sp - 1));
        p = nl + 1;
    }
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    const int P = node::count(), me = node::id();
    long long N = 0;
    size_t K = 0;
    cin >> N >> K;
    unordered_map<string, long long> local;
    string id;
    while (cin >> id) local[id]++;

    // shuffle "id count" lines to hash(id) % P
    vector<string> out(P);
    hash<string> h;
    for (auto& [k, c] : local) {
        string& o = out[h(k) % P];
        o += k;
        o += ' ';
        o += to_string(c);
        o += '\n';
    }
    unordered_map<string, long long>().swap(local);
    for (int p = 0; p < P; p++) {
        node::send(p, out[p]);
        string().swap(out[p]);
    }

    unordered_map<string, long long> mine;
    for (int p = 0; p < P; p++) parseLines(node::receive(p).get_string(), mine);
    vector<pair<string, long long>> v(mine.begin(), mine.end());
    unordered_map<string, long long>().swap(mine);
    size_t m = min(K, v.size());
    partial_sort(v.begin(), v.begin() + m, v.end(), better);
    string top;
    for (size_t i = 0; i < m; i++) top += v[i].first + " " + to_string(v[i].second) + "\n";
    node::send(0, top);

    if (me == 0) {
        unordered_map<string, long long> cand;
        for (int p = 0; p < P; p++) parseLines(node::receive(p).get_string(), cand);
        vector<pair<string, long long>> all(cand.begin(), cand.end());
        sort(all.begin(), all.end(), better);
        if (all.size() > K) all.resize(K);
        for (auto& [k, c] : all) cout << k << ' ' << c << '\n';
    }
}
