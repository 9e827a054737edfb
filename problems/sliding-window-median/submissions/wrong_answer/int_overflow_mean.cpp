// BLIND WA: even-window mean computed as (a + b) / 2.0 with a + b in int, which overflows for large values
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

vector<double> SlidingWindowMedians(const vector<int>& values, int k) {
  multiset<int> lo, hi;  // lo holds the smaller (k+1)/2 values
  auto rebalance = [&]() {
    while (lo.size() > hi.size() + 1) { hi.insert(*prev(lo.end())); lo.erase(prev(lo.end())); }
    while (lo.size() < hi.size()) { lo.insert(*hi.begin()); hi.erase(hi.begin()); }
  };
  vector<double> res;
  int n = values.size();
  res.reserve(n - k + 1);
  for (int i = 0; i < n; i++) {
    int v = values[i];
    if (lo.empty() || v <= *prev(lo.end())) lo.insert(v); else hi.insert(v);
    if (i >= k) {
      int out = values[i - k];
      if (out <= *prev(lo.end())) lo.erase(lo.find(out)); else hi.erase(hi.find(out));
    }
    rebalance();
    if (i >= k - 1) {
      if (k % 2 == 1) res.push_back(*prev(lo.end()));
      else {
        int a = *prev(lo.end()), b = *hi.begin();
        res.push_back((a + b) / 2.0);
      }
    }
  }
  return res;
}
