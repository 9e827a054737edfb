// BLIND WA: per-class F1 summed in a float accumulator; with 2*10^5 classes the rounding error exceeds 1e-7
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

Evaluation Evaluate(const vector<int>& actual, const vector<int>& predicted) {
  Evaluation ev;
  size_t n = actual.size();
  unordered_map<int, size_t> idx;
  idx.reserve(2 * n + 1);
  vector<ClassCounts> cls;
  auto get = [&](int l) -> ClassCounts& {
    auto it = idx.find(l);
    if (it == idx.end()) { it = idx.emplace(l, cls.size()).first; cls.push_back({l, 0, 0, 0}); }
    return cls[it->second];
  };
  long long hits = 0;
  for (size_t i = 0; i < n; i++) {
    int a = actual[i], p = predicted[i];
    if (a == p) { get(a).tp++; hits++; }
    else { get(p).fp++; get(a).fn++; }
  }
  sort(cls.begin(), cls.end(), [](const ClassCounts& x, const ClassCounts& y) { return x.label < y.label; });
  float sum = 0;
  for (auto& c : cls) {
    float f1 = 2.0f * c.tp / (2.0f * c.tp + c.fp + c.fn);
    sum += f1;
  }
  ev.classes = move(cls);
  ev.macro_f1 = ev.classes.empty() ? 0.0 : sum / ev.classes.size();
  ev.accuracy = n == 0 ? 0.0 : (double)hits / n;
  return ev;
}
