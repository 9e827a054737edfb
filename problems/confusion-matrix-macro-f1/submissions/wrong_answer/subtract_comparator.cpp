// BLIND WA: labels sorted with a C-style comparator a - b < 0, which overflows for labels near -2^31 / 2^31-1 and misorders them
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

Evaluation Evaluate(const vector<int>& actual, const vector<int>& predicted) {
  Evaluation ev;
  size_t n = actual.size();
  unordered_map<int, ClassCounts> m;
  long long hits = 0;
  for (size_t i = 0; i < n; i++) {
    int a = actual[i], p = predicted[i];
    if (a == p) { auto& c = m[a]; c.label = a; c.tp++; hits++; }
    else {
      auto& cp = m[p]; cp.label = p; cp.fp++;
      auto& ca = m[a]; ca.label = a; ca.fn++;
    }
  }
  for (auto& [l, c] : m) ev.classes.push_back(c);
  stable_sort(ev.classes.begin(), ev.classes.end(),
       [](const ClassCounts& x, const ClassCounts& y) { return (int)((unsigned)x.label - (unsigned)y.label) < 0; });
  double sum = 0;
  for (auto& c : ev.classes) sum += 2.0 * c.tp / (2.0 * c.tp + c.fp + c.fn);
  ev.macro_f1 = ev.classes.empty() ? 0.0 : sum / ev.classes.size();
  ev.accuracy = n == 0 ? 0.0 : (double)hits / n;
  return ev;
}
