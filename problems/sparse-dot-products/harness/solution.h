// Implement MakeSparseVector in your solution file: derive your own class from SparseVector and
// return it (include this header or repeat the declarations).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

// A sparse vector of dimension D <= 10^6: only its non-zero entries are given.
class SparseVector {
 public:
  virtual ~SparseVector() = default;

  // The dot product with `other`, which MakeSparseVector also made (so it is your own class:
  // static_cast it). May be called with *this as `other`.
  virtual double Dot(const SparseVector& other) const = 0;
};

// Your vector with entries values[j] at indices[j]: indices strictly increasing,
// 0 <= indices[j] < D, the same length as values (0 to 30 000 entries), each value a decimal
// with at most 3 digits after the point, |value| <= 100.
std::unique_ptr<SparseVector> MakeSparseVector(const std::vector<int>& indices, const std::vector<double>& values);
