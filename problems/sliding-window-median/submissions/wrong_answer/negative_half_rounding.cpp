// BLIND WA: half computed as s/2 + 0.5 when s is odd, which is wrong for negative odd sums (-3 -> -0.5 instead of -1.5)
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
        long long s = (long long)*prev(lo.end()) + *hi.begin();
        res.push_back(s / 2 + (s % 2 != 0 ? 0.5 : 0.0));
      }
    }
  }
  return res;
}
