// Implement MakeClosestPoints in your solution file: derive your own class from ClosestPoints
// and return it (include this header or repeat the declarations).
#pragma once

#include <memory>
#include <vector>

// The k points of a stream that are closest to a fixed query point (qx, qy).
class ClosestPoints {
 public:
  virtual ~ClosestPoints() = default;

  // The next point of the stream, -10^9 <= x, y <= 10^9. Points are numbered 0, 1, 2, ... in
  // the order they are added; a point may repeat an earlier one.
  virtual void Add(int x, int y) = 0;

  // The ids of the min(k, added so far) points closest to (qx, qy) by Euclidean distance,
  // closest first; points at equal distance in ascending id order (so among equally close
  // points the earlier ones are kept).
  virtual std::vector<int> Closest() = 0;
};

// Your structure for the k closest points to (qx, qy): 1 <= k <= 10^5, -10^9 <= qx, qy <= 10^9.
std::unique_ptr<ClosestPoints> MakeClosestPoints(int k, int qx, int qy);
