// Accepted (fast): the same sliding-window log without a container per client. Client ids are
// mapped to dense indices by an open-addressing hash table. The allowed requests of all clients
// live in one array, each entry linking to the next allowed request of the same client, so every
// client's window is a singly linked FIFO (head, tail, size) threaded through that array.
// Input read in one buffer and parsed by hand, output built in one buffer. O(N) time and memory.
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
    long long n = number(), r = number(), w = number();

    size_t cap = 1 << 16;
    vector<uint64_t> keys(cap, 0);  // client id + 1 (0 = empty)
    vector<uint32_t> slot_client(cap);
    struct Client { int32_t head = -1, tail = -1; long long size = 0; };
    vector<Client> cl;
    vector<long long> at;    // timestamp of each allowed request
    vector<int32_t> next;    // next allowed request of the same client
    at.reserve(n), next.reserve(n);

    auto find = [&](uint64_t id) -> uint32_t {
        uint64_t key = id + 1;
        size_t mask = cap - 1, j = (key * 0x9E3779B97F4A7C15ULL) >> 20 & mask;
        while (keys[j] && keys[j] != key) j = (j + 1) & mask;
        if (keys[j]) return slot_client[j];
        keys[j] = key;
        slot_client[j] = uint32_t(cl.size());
        cl.push_back({});
        if (cl.size() * 2 > cap) {  // grow, keep load <= 1/2
            vector<uint64_t> ok(cap * 2, 0);
            vector<uint32_t> oc(cap * 2);
            swap(ok, keys), swap(oc, slot_client);
            cap *= 2;
            size_t m2 = cap - 1;
            for (size_t s = 0; s < ok.size(); ++s) if (ok[s]) {
                size_t k = (ok[s] * 0x9E3779B97F4A7C15ULL) >> 20 & m2;
                while (keys[k]) k = (k + 1) & m2;
                keys[k] = ok[s], slot_client[k] = oc[s];
            }
        }
        return uint32_t(cl.size() - 1);
    };

    string out;
    out.resize(n * 6);
    char* o = out.data();
    for (long long i = 0; i < n; ++i) {
        uint64_t id = number();
        long long t = number();
        Client& c = cl[find(id)];
        while (c.size > 0 && at[c.head] <= t - w) c.head = next[c.head], --c.size;
        if (c.size < r) {
            int32_t k = int32_t(at.size());
            at.push_back(t), next.push_back(-1);
            if (c.size == 0) c.head = k; else next[c.tail] = k;
            c.tail = k, ++c.size;
            memcpy(o, "ALLOW\n", 6), o += 6;
        } else {
            memcpy(o, "DENY\n", 5), o += 5;
        }
    }
    fwrite(out.data(), 1, size_t(o - out.data()), stdout);
}
