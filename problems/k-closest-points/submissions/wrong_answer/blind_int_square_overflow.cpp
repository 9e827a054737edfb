// BLIND WA: squared distance computed as int dx*dx + dy*dy before widening to long long, which overflows
#include "solution.h"
#include <bits/stdc++.h>
using namespace std;

class HeapClosest : public ClosestPoints {
 public:
  HeapClosest(int k, int qx, int qy) : k_(k), qx_(qx), qy_(qy), next_id_(0) {}
  void Add(int x, int y) override {
    int id = next_id_++;
    int dx = x - qx_, dy = y - qy_;
    long long d = dx * dx + dy * dy;
    if ((int)heap_.size() < k_) {
      heap_.push_back({d, id});
      push_heap(heap_.begin(), heap_.end());
    } else if (d < heap_.front().first) {
      pop_heap(heap_.begin(), heap_.end());
      heap_.back() = {d, id};
      push_heap(heap_.begin(), heap_.end());
    }
  }
  vector<int> Closest() override {
    vector<pair<long long, int>> v = heap_;
    sort(v.begin(), v.end());
    vector<int> ids;
    ids.reserve(v.size());
    for (auto& p : v) ids.push_back(p.second);
    return ids;
  }

 private:
  int k_, qx_, qy_, next_id_;
  vector<pair<long long, int>> heap_;  // max-heap on (distance, id)
};

unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy) {
  return make_unique<HeapClosest>(k, qx, qy);
}
