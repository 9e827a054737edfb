// BLIND WA: class counts kept in a global map reused across batches and never cleared (only the empty batch returns early), so later batches include earlier batches' classes and counts
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

static map<int, ClassCounts> g_counts;

Evaluation Evaluate(const vector<int>& actual, const vector<int>& predicted) {
  Evaluation ev{{}, 0.0, 0.0};
  size_t n = actual.size();
  if (n == 0) return ev;
  long long hits = 0;
  for (size_t i = 0; i < n; i++) {
    int a = actual[i], p = predicted[i];
    if (a == p) { auto& c = g_counts[a]; c.label = a; c.tp++; hits++; }
    else {
      auto& cp = g_counts[p]; cp.label = p; cp.fp++;
      auto& ca = g_counts[a]; ca.label = a; ca.fn++;
    }
  }
  double sum = 0;
  for (auto& [l, c] : g_counts) {
    ev.classes.push_back(c);
    sum += 2.0 * c.tp / (2.0 * c.tp + c.fp + c.fn);
  }
  ev.macro_f1 = ev.classes.empty() ? 0.0 : sum / ev.classes.size();
  ev.accuracy = (double)hits / n;
  return ev;
}
