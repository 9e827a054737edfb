// Implement MakeRunningMedian in your solution file: derive your own class from RunningMedian
// and return it (include this header or repeat the declarations).
#pragma once

#include <cstddef>
#include <memory>

// The running median of a stream of integers.
class RunningMedian {
 public:
  virtual ~RunningMedian() = default;

  // The next value of the stream, -10^9 <= value <= 10^9. Up to 2 * 10^6 values arrive.
  virtual void Add(int value) = 0;

  // The lower median of the values added so far: the ceil(i/2)-th smallest of the i values,
  // counting duplicates ({3, 5} -> 3). Called after every Add, never before the first.
  virtual int Median() = 0;
};

// Your structure, empty.
std::unique_ptr<RunningMedian> MakeRunningMedian();
