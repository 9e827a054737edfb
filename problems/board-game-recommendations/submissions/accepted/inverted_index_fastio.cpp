// Accepted (best): both adjacency lists in compressed form (games by user, raters by game).
// For a friend f, only users who share a game with f have a positive similarity, and the
// inverted index reaches exactly those: for each game of f, for each of its raters, add
// r_f * r_v to a flat dot-product array (with a list of the users touched, to reset it).
// Neighbours: nth_element with an exact comparison of cosines, dot_u^2 * |v|^2 vs
// dot_v^2 * |u|^2 in 64 bits (f's own norm cancels), ties by smaller id. Then the K
// neighbours vote 2r - 11 for each game f has not rated, and the top M positive scores are
// printed. Per query O(sum of the popularity of f's games + K * their ratings).
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static size_t pos = 0, len = 0;
static int Get() {
    if (pos == len) {
        len = fread(buf, 1, sizeof buf, stdin);
        pos = 0;
        if (len == 0) return -1;
    }
    return (unsigned char)buf[pos++];
}
static long long Int() {
    int c = Get();
    while (c == ' ' || c == '\n') c = Get();
    long long v = 0;
    for (; c >= '0' && c <= '9'; c = Get()) v = v * 10 + (c - '0');
    return v;
}

int main() {
    const int users = (int)Int(), games = (int)Int();
    const long long r = Int();
    const long long queries = Int();
    const size_t k = (size_t)Int(), m = (size_t)Int();
    vector<int> ru(r), rg(r), rv(r);
    vector<int> user_start(users + 1, 0), game_start(games + 1, 0);
    vector<long long> norm2(users, 0);
    for (long long i = 0; i < r; ++i) {
        ru[i] = (int)Int(), rg[i] = (int)Int(), rv[i] = (int)Int();
        ++user_start[ru[i] + 1], ++game_start[rg[i] + 1];
        norm2[ru[i]] += (long long)rv[i] * rv[i];
    }
    for (int u = 0; u < users; ++u) user_start[u + 1] += user_start[u];
    for (int g = 0; g < games; ++g) game_start[g + 1] += game_start[g];
    vector<pair<int, int>> by_user(r), by_game(r);  // (game, rating), (user, rating)
    {
        vector<int> fu(user_start.begin(), user_start.end() - 1), fg(game_start.begin(), game_start.end() - 1);
        for (long long i = 0; i < r; ++i) {
            by_user[fu[ru[i]]++] = {rg[i], rv[i]};
            by_game[fg[rg[i]]++] = {ru[i], rv[i]};
        }
    }
    ru = rg = rv = {};

    vector<long long> dot(users, 0);
    vector<int> touched, rated_by_friend(games, -1), voted_in(games, -1), score(games, 0), voted;
    string out;
    for (long long q = 0; q < queries; ++q) {
        const int f = (int)Int();
        touched.clear();
        for (int i = user_start[f]; i < user_start[f + 1]; ++i) {
            const auto [g, rf] = by_user[i];
            rated_by_friend[g] = (int)q;
            for (int j = game_start[g]; j < game_start[g + 1]; ++j) {
                const auto [v, r_v] = by_game[j];
                if (v == f) continue;
                if (dot[v] == 0) touched.push_back(v);
                dot[v] += (long long)rf * r_v;
            }
        }
        auto better = [&](int a, int b) {
            const long long lhs = dot[a] * dot[a] * norm2[b], rhs = dot[b] * dot[b] * norm2[a];
            return lhs != rhs ? lhs > rhs : a < b;
        };
        if (touched.size() > k) {
            nth_element(touched.begin(), touched.begin() + (long)k - 1, touched.end(), better);
            for (size_t i = k; i < touched.size(); ++i) dot[touched[i]] = 0;
            touched.resize(k);
        }
        voted.clear();
        for (int v : touched) {
            for (int i = user_start[v]; i < user_start[v + 1]; ++i) {
                const auto [g, r_v] = by_user[i];
                if (rated_by_friend[g] == (int)q) continue;
                if (voted_in[g] != (int)q) voted_in[g] = (int)q, voted.push_back(g);
                score[g] += 2 * r_v - 11;
            }
            dot[v] = 0;
        }
        vector<int> positive;
        for (int g : voted)
            if (score[g] > 0) positive.push_back(g);
        auto by_score = [&](int a, int b) { return score[a] != score[b] ? score[a] > score[b] : a < b; };
        const size_t c = min(m, positive.size());
        partial_sort(positive.begin(), positive.begin() + (long)c, positive.end(), by_score);
        out += to_string(c);
        for (size_t i = 0; i < c; ++i) out += ' ', out += to_string(positive[i]);
        out += '\n';
        for (int g : voted) score[g] = 0;
    }
    fwrite(out.data(), 1, out.size(), stdout);
}
