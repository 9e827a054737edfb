// Accepted (least traffic): TPUT, the three-phase uniform threshold algorithm. No shuffle: the
// items stay where they are and node 0 asks only about the few that can still make the top k.
//   phase 1: every node sends its local top k; node 0 sums what it got per item (a lower bound
//            of the true count) and takes tau1, the k-th largest of those sums. The true k-th
//            largest count is >= tau1, so an item that belongs in the answer has a local count
//            >= T = ceil(tau1 / N) on at least one node (else its total is <= N (T - 1) < tau1).
//   phase 2: node 0 sends T; every node sends all its items with local count >= T. For each
//            reported item node 0 knows a lower bound (the reported counts) and an upper bound
//            (plus T - 1 for every node that did not report it). tau2 = the k-th largest lower
//            bound; an item whose upper bound is below tau2 is strictly below the k-th count, so
//            it can be dropped even with ties.
//   phase 3: node 0 sends the remaining candidates; every node answers with its exact local
//            count of each; node 0 sums them and prints the top k.
// Traffic is O(k N) numbers plus the items above T (a few hundred per node on a Zipf log),
// instead of one number per distinct item. Counting uses the flat table of the fast shuffle
// solution. Every node (node 0 too) sends to node 0, which receives in node order.
#include <bits/stdc++.h>
#include <unistd.h>

#include "message.h"
using namespace std;

namespace {

constexpr uint64_t kEmpty = ~0ULL;  // ids are <= 10^18, so all ones is never an id

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

struct Table {
    vector<uint64_t> key;
    vector<uint32_t> count;
    size_t mask = 0, used = 0;

    explicit Table(size_t expected) {
        size_t cap = 16;
        while (cap * 7 < expected * 10) cap <<= 1;
        key.assign(cap, kEmpty);
        count.assign(cap, 0);
        mask = cap - 1;
    }
    void Add(uint64_t id, uint32_t c) {
        size_t j = Mix(id) & mask;
        while (key[j] != id) {
            if (key[j] == kEmpty) {
                key[j] = id;
                if (++used * 10 > (mask + 1) * 7) {  // load factor <= 0.7
                    Grow();
                    Add(id, c);
                    return;
                }
                break;
            }
            j = (j + 1) & mask;
        }
        count[j] += c;
    }
    void Grow() {
        vector<uint64_t> old_key(2 * (mask + 1), kEmpty);
        vector<uint32_t> old_count(2 * (mask + 1), 0);
        swap(old_key, key);
        swap(old_count, count);
        mask = key.size() - 1;
        for (size_t i = 0; i < old_key.size(); ++i) {
            if (old_key[i] == kEmpty || old_count[i] == 0) continue;
            size_t j = Mix(old_key[i]) & mask;
            while (key[j] != kEmpty) j = (j + 1) & mask;
            key[j] = old_key[i];
            count[j] = old_count[i];
        }
    }
};

struct Entry {
    uint64_t id;
    uint64_t count;
};
bool Better(const Entry& a, const Entry& b) { return a.count != b.count ? a.count > b.count : a.id < b.id; }

vector<Entry> TopK(vector<Entry> v, size_t k) {
    k = min(k, v.size());
    if (k < v.size()) nth_element(v.begin(), v.begin() + k, v.end(), Better);
    v.resize(k);
    sort(v.begin(), v.end(), Better);
    return v;
}

uint32_t Lookup(const Table& t, uint64_t id) {
    size_t j = Mix(id) & t.mask;
    while (t.key[j] != kEmpty) {
        if (t.key[j] == id) return t.count[j];
        j = (j + 1) & t.mask;
    }
    return 0;
}

// The k-th largest value of a map's counts (0 when it has fewer than k items).
uint64_t KthLargest(const unordered_map<uint64_t, uint64_t>& m, size_t k) {
    if (m.size() < k) return 0;
    vector<uint64_t> v;
    v.reserve(m.size());
    for (const auto& [id, c] : m) v.push_back(c);
    nth_element(v.begin(), v.begin() + (k - 1), v.end(), greater<>());
    return v[k - 1];
}

}  // namespace

int main() {
    const int nodes = node::count(), me = node::id();
    // Parse the shard as a stream through a 1 MiB buffer: the shard itself is never held.
    static char buf[1 << 20];
    size_t len = 0, pos = 0;
    bool eof = false;
    auto refill = [&] {  // keep the unread tail, append more
        memmove(buf, buf + pos, len - pos);
        len -= pos;
        pos = 0;
        while (!eof && len < sizeof buf) {
            ssize_t got = read(0, buf + len, sizeof buf - len);
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) eof = true;
            else len += size_t(got);
        }
    };
    auto next = [&](uint64_t& v) {  // the next unsigned number; false at the end
        for (;;) {
            while (pos < len && (buf[pos] < '0' || buf[pos] > '9')) ++pos;
            if (pos + 24 > len && !eof) {  // a number may straddle the buffer's end
                refill();
                continue;
            }
            if (pos == len) return false;
            v = 0;
            while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + uint64_t(buf[pos++] - '0');
            return true;
        }
    };
    uint64_t n = 0, k = 0, id = 0;
    next(n);
    next(k);

    Table local(1 << 15);
    while (next(id)) local.Add(id, 1);
    const size_t kk = size_t(k);

    // Phase 1: local top k to node 0.
    {
        vector<Entry> all;
        all.reserve(local.used);
        for (size_t j = 0; j <= local.mask; ++j)
            if (local.key[j] != kEmpty) all.push_back({local.key[j], local.count[j]});
        node::send(0, TopK(move(all), kk));
    }
    if (me == 0) {
        unordered_map<uint64_t, uint64_t> partial;
        for (int from = 0; from < nodes; ++from)
            for (const Entry& e : node::receive(from).get_vector<Entry>()) partial[e.id] += e.count;
        const uint64_t tau1 = KthLargest(partial, kk);
        const uint64_t t = max<uint64_t>(1, (tau1 + uint64_t(nodes) - 1) / uint64_t(nodes));
        for (int to = 0; to < nodes; ++to) node::send(to, t);
    }

    // Phase 2: every item with local count >= T.
    const uint64_t t = node::receive(0).get<uint64_t>();
    {
        vector<Entry> above;
        for (size_t j = 0; j <= local.mask; ++j)
            if (local.key[j] != kEmpty && local.count[j] >= t) above.push_back({local.key[j], local.count[j]});
        node::send(0, above);
    }
    if (me == 0) {
        struct Bound {
            uint64_t lower = 0;
            uint32_t reporters = 0;
        };
        unordered_map<uint64_t, Bound> bound;
        for (int from = 0; from < nodes; ++from)
            for (const Entry& e : node::receive(from).get_vector<Entry>()) {
                Bound& b = bound[e.id];
                b.lower += e.count;
                ++b.reporters;
            }
        unordered_map<uint64_t, uint64_t> lower;
        for (const auto& [item, b] : bound) lower[item] = b.lower;
        const uint64_t tau2 = KthLargest(lower, kk);
        vector<uint64_t> candidates;
        for (const auto& [item, b] : bound)
            if (b.lower + uint64_t(nodes - int(b.reporters)) * (t - 1) >= tau2) candidates.push_back(item);
        sort(candidates.begin(), candidates.end());
        for (int to = 0; to < nodes; ++to) node::send(to, candidates);
    }

    // Phase 3: exact local counts of the candidates, in the order node 0 listed them.
    const vector<uint64_t> candidates = node::receive(0).get_vector<uint64_t>();
    {
        vector<uint32_t> counts(candidates.size());
        for (size_t i = 0; i < candidates.size(); ++i) counts[i] = Lookup(local, candidates[i]);
        node::send(0, counts);
    }
    if (me != 0) return 0;
    vector<Entry> exact(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i) exact[i] = {candidates[i], 0};
    for (int from = 0; from < nodes; ++from) {
        const vector<uint32_t> counts = node::receive(from).get_vector<uint32_t>();
        for (size_t i = 0; i < counts.size() && i < exact.size(); ++i) exact[i].count += counts[i];
    }
    string text;
    char line[48];
    for (const Entry& e : TopK(move(exact), kk)) {
        char* q = to_chars(line, line + 24, e.id).ptr;
        *q++ = ' ';
        q = to_chars(q, line + sizeof line, e.count).ptr;
        *q++ = '\n';
        text.append(line, q);
    }
    fwrite(text.data(), 1, text.size(), stdout);
}
