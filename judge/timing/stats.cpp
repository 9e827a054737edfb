#include "judge/timing/stats.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

namespace judge {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// Up to this many pairs the signed-rank distribution is computed exactly (as R's wilcox.test does
// below 50); above it, its normal approximation is close and the exact table grows as n^3.
constexpr int kExactSignedRankMax = 50;

// Type-7 quantile of an already sorted, non-empty sample.
double SortedQuantile(std::span<const double> sorted, double p) {
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const double floor_h = std::floor(h);
  const auto lo = static_cast<std::size_t>(floor_h);
  const double frac = h - floor_h;
  if (frac == 0 || lo + 1 >= sorted.size()) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

// Median of `values`, reordering them (nth_element) instead of sorting a copy.
double MedianInPlace(std::vector<double>& values) {
  const std::size_t n = values.size();
  const auto mid = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
  std::nth_element(values.begin(), mid, values.end());
  const double upper = *mid;
  if (n % 2 == 1) return upper;
  const double lower = *std::max_element(values.begin(), mid);
  return lower + (upper - lower) / 2;
}

bool AllPositiveFinite(std::span<const double> x) {
  return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v) && v > 0; });
}

RatioEstimate Unknown(double estimate, double confidence) {
  return RatioEstimate{estimate, 0, kInf, confidence};
}

// A uniform index in [0, n) from the raw 64-bit engine output, by rejection so it carries no
// modulo bias and, unlike std::uniform_int_distribution, is the same on every standard library.
std::size_t UniformIndex(std::mt19937_64& engine, std::size_t n) {
  const std::uint64_t range = n;
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
  std::uint64_t draw;
  do {
    draw = engine();
  } while (draw >= limit);
  return static_cast<std::size_t>(draw % range);
}

void Resample(std::span<const double> from, std::vector<double>& into, std::mt19937_64& engine) {
  into.resize(from.size());
  for (double& v : into) v = from[UniformIndex(engine, from.size())];
}

}  // namespace

double Mean(std::span<const double> x) {
  if (x.empty()) return kNaN;
  double sum = 0;
  for (double v : x) sum += v;
  return sum / static_cast<double>(x.size());
}

double Median(std::span<const double> x) {
  if (x.empty()) return kNaN;
  std::vector<double> copy(x.begin(), x.end());
  return MedianInPlace(copy);
}

double Quantile(std::span<const double> x, double p) {
  if (x.empty() || !(p >= 0 && p <= 1)) return kNaN;
  std::vector<double> sorted(x.begin(), x.end());
  std::sort(sorted.begin(), sorted.end());
  return SortedQuantile(sorted, p);
}

double StdDev(std::span<const double> x) {
  if (x.size() < 2) return kNaN;
  const double mean = Mean(x);
  double sum_squares = 0;
  for (double v : x) sum_squares += (v - mean) * (v - mean);
  return std::sqrt(sum_squares / static_cast<double>(x.size() - 1));
}

double CoefficientOfVariation(std::span<const double> x) {
  const double mean = Mean(x);
  if (mean == 0) return kNaN;
  return StdDev(x) / mean;
}

double GeometricMean(std::span<const double> x) {
  if (x.empty()) return kNaN;
  double sum_logs = 0;
  for (double v : x) {
    if (!(v > 0)) return kNaN;
    sum_logs += std::log(v);
  }
  return std::exp(sum_logs / static_cast<double>(x.size()));
}

double LogLogSlope(std::span<const double> n, std::span<const double> t) {
  if (n.size() != t.size() || n.size() < 2 || !AllPositiveFinite(n) || !AllPositiveFinite(t)) {
    return kNaN;
  }
  std::vector<double> log_n;
  std::vector<double> log_t;
  for (std::size_t i = 0; i < n.size(); ++i) {
    log_n.push_back(std::log(n[i]));
    log_t.push_back(std::log(t[i]));
  }
  const double mean_x = Mean(log_n);
  const double mean_y = Mean(log_t);
  double sxx = 0;
  double sxy = 0;
  for (std::size_t i = 0; i < log_n.size(); ++i) {
    sxx += (log_n[i] - mean_x) * (log_n[i] - mean_x);
    sxy += (log_n[i] - mean_x) * (log_t[i] - mean_y);
  }
  if (sxx == 0) return kNaN;
  return sxy / sxx;
}

RatioEstimate RatioOfMedians(std::span<const double> a, std::span<const double> b,
                             double confidence, std::uint64_t seed, int resamples) {
  if (a.empty() || b.empty() || !AllPositiveFinite(a) || !AllPositiveFinite(b) ||
      !(confidence > 0 && confidence < 1)) {
    return Unknown(kNaN, confidence);
  }
  const double estimate = Median(b) / Median(a);
  if (a.size() < 2 || b.size() < 2 || resamples < 1) return Unknown(estimate, confidence);

  std::mt19937_64 engine(seed);
  std::vector<double> ratios;
  ratios.reserve(static_cast<std::size_t>(resamples));
  std::vector<double> resampled_a;
  std::vector<double> resampled_b;
  for (int i = 0; i < resamples; ++i) {
    Resample(a, resampled_a, engine);
    Resample(b, resampled_b, engine);
    ratios.push_back(MedianInPlace(resampled_b) / MedianInPlace(resampled_a));
  }
  std::sort(ratios.begin(), ratios.end());
  const double alpha = 1 - confidence;
  return RatioEstimate{estimate, SortedQuantile(ratios, alpha / 2),
                       SortedQuantile(ratios, 1 - alpha / 2), confidence};
}

double NormalQuantile(double p) {
  if (!(p > 0 && p < 1)) return kNaN;
  // Solve Phi(z) = p by bisection on erfc: monotone, and 200 halvings reach double precision.
  double lo = -40;
  double hi = 40;
  for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
    const double mid = lo + (hi - lo) / 2;
    if (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return lo + (hi - lo) / 2;
}

int SignedRankLowerIndex(int n, double confidence) {
  if (n < 1 || !(confidence > 0 && confidence < 1)) return 0;
  const double tail = (1 - confidence) / 2;
  const std::int64_t pairs = static_cast<std::int64_t>(n) * (n + 1) / 2;
  if (n > kExactSignedRankMax) {
    // Normal approximation of T+ (mean n(n+1)/4, variance n(n+1)(2n+1)/24) with a continuity
    // correction: the largest k with P(T+ <= k-1) <= tail.
    const double mean = static_cast<double>(pairs) / 2;
    const double sd = std::sqrt(static_cast<double>(n) * (n + 1) * (2.0 * n + 1) / 24);
    const auto k = static_cast<std::int64_t>(std::floor(mean + 0.5 + NormalQuantile(tail) * sd));
    return static_cast<int>(std::clamp<std::int64_t>(k, 0, pairs / 2));
  }
  // Exact null distribution of T+: ways[t] / 2^n is P(T+ = t), built rank by rank. Probabilities
  // are kept (halved at each rank) so that no count overflows.
  std::vector<double> prob(static_cast<std::size_t>(pairs) + 1, 0.0);
  prob[0] = 1;
  std::int64_t reach = 0;
  for (int rank = 1; rank <= n; ++rank) {
    reach += rank;
    for (std::int64_t t = reach; t >= 0; --t)
      prob[static_cast<std::size_t>(t)] =
          (prob[static_cast<std::size_t>(t)] + (t >= rank ? prob[static_cast<std::size_t>(t - rank)] : 0)) / 2;
  }
  // The largest k with P(T+ <= k-1) <= tail; 0 when even P(T+ <= 0) = 2^-n exceeds it.
  double cumulative = 0;
  int k = 0;
  while (k < pairs) {
    cumulative += prob[static_cast<std::size_t>(k)];
    if (cumulative > tail * (1 + 1e-12)) break;
    ++k;
  }
  return k;
}

RatioEstimate RatioOfPairedLogs(std::span<const double> a, std::span<const double> b, double confidence) {
  if (a.empty() || a.size() != b.size() || !AllPositiveFinite(a) || !AllPositiveFinite(b) ||
      !(confidence > 0 && confidence < 1)) {
    return Unknown(kNaN, confidence);
  }
  std::vector<double> d;
  for (std::size_t i = 0; i < a.size(); ++i) d.push_back(std::log(b[i] / a[i]));
  // Walsh averages (d_i + d_j) / 2 for i <= j: their median is the Hodges-Lehmann estimate, and
  // their order statistics k and M+1-k bound the signed-rank confidence interval.
  std::vector<double> walsh;
  walsh.reserve(d.size() * (d.size() + 1) / 2);
  for (std::size_t i = 0; i < d.size(); ++i)
    for (std::size_t j = i; j < d.size(); ++j) walsh.push_back((d[i] + d[j]) / 2);
  std::sort(walsh.begin(), walsh.end());
  const double estimate = std::exp(SortedQuantile(walsh, 0.5));
  const int k = SignedRankLowerIndex(static_cast<int>(d.size()), confidence);
  if (k < 1) return Unknown(estimate, confidence);
  const std::size_t m = walsh.size();
  return RatioEstimate{estimate, std::exp(walsh[static_cast<std::size_t>(k) - 1]),
                       std::exp(walsh[m - static_cast<std::size_t>(k)]), confidence};
}

Conclusion Conclude(const RatioEstimate& r) {
  if (std::isnan(r.estimate) || std::isnan(r.low) || std::isnan(r.high)) {
    return Conclusion::kIndistinguishable;
  }
  if (r.low <= 1 && 1 <= r.high) return Conclusion::kIndistinguishable;
  if (r.estimate > 1 && r.low > 1) return Conclusion::kAFaster;
  if (r.estimate < 1 && r.high < 1) return Conclusion::kBFaster;
  return Conclusion::kIndistinguishable;
}

Practical ComparePracticalThreshold(const RatioEstimate& r, double practical_threshold) {
  if (std::isnan(r.low) || std::isnan(r.high) || !std::isfinite(r.high) || r.low <= 0) return Practical::kStraddles;
  const double band = 1 + std::max(practical_threshold, 0.0);
  if (r.low > 1 / band && r.high < band) return Practical::kWithin;
  if ((r.low >= band && r.low > 1) || (r.high <= 1 / band && r.high < 1)) return Practical::kBeyond;
  return Practical::kStraddles;
}

std::string_view ConclusionName(Conclusion c) {
  switch (c) {
    case Conclusion::kAFaster:
      return "a_faster";
    case Conclusion::kBFaster:
      return "b_faster";
    case Conclusion::kIndistinguishable:
      return "indistinguishable";
  }
  return "indistinguishable";
}

bool PrecisionReached(const RatioEstimate& r, double relative_half_width) {
  if (!std::isfinite(r.estimate) || !std::isfinite(r.low) || !std::isfinite(r.high)) return false;
  return r.low >= r.estimate * (1 - relative_half_width) &&
         r.high <= r.estimate * (1 + relative_half_width);
}

}  // namespace judge
