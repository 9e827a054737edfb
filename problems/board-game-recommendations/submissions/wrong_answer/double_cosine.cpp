// BLIND WA: neighbours ranked by floating-point cosine, so exactly tied cosines (proportional raters) can differ in the last bit and break the smaller-id tie-break
#include <bits/stdc++.h>
using namespace std;
int main() {
    int U, G, R, Q, K, M;
    if (scanf("%d %d %d %d %d %d", &U, &G, &R, &Q, &K, &M) != 6) return 0;
    vector<int> mu(R), mg(R), mr(R);
    vector<int> ucnt(U + 1, 0), gcnt(G + 1, 0);
    vector<long long> norm2(U, 0);
    for (int i = 0; i < R; i++) { scanf("%d %d %d", &mu[i], &mg[i], &mr[i]); ucnt[mu[i] + 1]++; gcnt[mg[i] + 1]++; norm2[mu[i]] += (long long)mr[i] * mr[i]; }
    for (int i = 0; i < U; i++) ucnt[i + 1] += ucnt[i];
    for (int i = 0; i < G; i++) gcnt[i + 1] += gcnt[i];
    vector<pair<int, int>> byU(R), byG(R);
    { vector<int> pu(ucnt.begin(), ucnt.end() - 1), pg(gcnt.begin(), gcnt.end() - 1);
      for (int i = 0; i < R; i++) { byU[pu[mu[i]]++] = {mg[i], mr[i]}; byG[pg[mg[i]]++] = {mu[i], mr[i]}; } }
    vector<long long> dot(U, 0); vector<int> touched;
    vector<int> score(G, 0); vector<char> has(G, 0), mine(G, 0); vector<int> gt;
    for (int q = 0; q < Q; q++) {
        int f; scanf("%d", &f);
        touched.clear();
        for (int a = ucnt[f]; a < ucnt[f + 1]; a++) {
            auto [g, r] = byU[a]; mine[g] = 1;
            for (int b = gcnt[g]; b < gcnt[g + 1]; b++) {
                auto [v, rv] = byG[b]; if (v == f) continue;
                if (dot[v] == 0) touched.push_back(v);
                dot[v] += (long long)r * rv;
            }
        }
        auto cosv = [&](int v) { return (double)dot[v] / sqrt((double)norm2[v]); };
        auto better = [&](int a, int b) { double ca = cosv(a), cb = cosv(b); if (ca != cb) return ca > cb; return a < b; };
        if ((int)touched.size() > K) { partial_sort(touched.begin(), touched.begin() + K, touched.end(), better); touched.resize(K); }
        gt.clear();
        for (int v : touched) for (int a = ucnt[v]; a < ucnt[v + 1]; a++) {
            auto [g, r] = byU[a]; if (mine[g]) continue;
            if (!has[g]) { has[g] = 1; score[g] = 0; gt.push_back(g); }
            score[g] += 2 * r - 11;
        }
        vector<int> cand;
        for (int g : gt) if (score[g] > 0) cand.push_back(g);
        auto gb = [&](int a, int b) { if (score[a] != score[b]) return score[a] > score[b]; return a < b; };
        if ((int)cand.size() > M) { partial_sort(cand.begin(), cand.begin() + M, cand.end(), gb); cand.resize(M); } else sort(cand.begin(), cand.end(), gb);
        printf("%d", (int)cand.size()); for (int g : cand) printf(" %d", g); printf("\n");
        for (int g : gt) has[g] = 0;
        for (int a = ucnt[f]; a < ucnt[f + 1]; a++) mine[byU[a].first] = 0;
        // reset dots of all touched (before resize we lost some) -> recompute list
        for (int a = ucnt[f]; a < ucnt[f + 1]; a++) { int g = byU[a].first; for (int b = gcnt[g]; b < gcnt[g + 1]; b++) dot[byG[b].first] = 0; }
    }
}
