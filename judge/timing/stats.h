// Timing statistics that survive a noisy machine: summaries of repeated measurements, ratios of
// two programs' times with a confidence interval, and the decision rule that turns such a ratio
// into "A faster", "B faster" or "indistinguishable". Pure functions, no I/O, deterministic.
//
// Conventions shared by every function here:
// - Inputs are samples of finite numbers. An empty sample (or one too small for the statistic)
//   gives NaN, never an exception or a crash.
// - A ratio is always time(B) / time(A), as in `judge compare --json`: a ratio above 1 means B
//   took longer, i.e. A is faster.
// - Ratio functions need strictly positive times; a zero, negative or non-finite value makes the
//   result "unknown": estimate NaN, interval [0, +inf], which Conclude() calls indistinguishable.
// - When a sample is too small to say anything about the noise (fewer than 2 values) the
//   interval is also [0, +inf]: the point estimate is reported, but no confidence is invented.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace judge {

// Arithmetic mean. NaN when empty.
double Mean(std::span<const double> x);

// Median: the middle value, or the mean of the two middle values. NaN when empty.
double Median(std::span<const double> x);

// The p-quantile by linear interpolation between order statistics: R's type 7 (the default of
// R's quantile() and of numpy.quantile). With x sorted ascending and h = (n-1)p, it is
// x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). NaN when empty or p is outside [0, 1].
double Quantile(std::span<const double> x, double p);

// Sample standard deviation (divides by n-1). NaN with fewer than 2 values.
double StdDev(std::span<const double> x);

// StdDev / Mean: the relative spread of a timing series ("CPU CV 0.75%" is 0.0075).
// NaN with fewer than 2 values or a zero mean.
double CoefficientOfVariation(std::span<const double> x);

// exp(mean(log x)). NaN when empty or when any value is <= 0.
double GeometricMean(std::span<const double> x);

// Least-squares slope of log t against log n: the exponent k in t ~ c n^k, for "your solution
// grows like n^1.9". Needs at least two distinct n; every n and t must be > 0; sizes must match.
// NaN otherwise.
double LogLogSlope(std::span<const double> n, std::span<const double> t);

// time(B) / time(A) with a two-sided confidence interval [low, high] at level `confidence`
// (e.g. 0.95).
struct RatioEstimate {
  double estimate = 0;
  double low = 0;
  double high = 0;
  double confidence = 0;
};

// Independent samples: estimate = Median(b) / Median(a). The interval is a percentile bootstrap:
// `resamples` times, draw a and b with replacement (each with its own size), take the ratio of
// the resampled medians; low and high are the (1-confidence)/2 and (1+confidence)/2 type-7
// quantiles of those ratios. The generator is std::mt19937_64 seeded with `seed` and indices are
// drawn by rejection, so a given seed gives the same interval with every standard library.
// Caveat: the bootstrap distribution of a median is lumpy for small samples (it can only take
// values of the sample itself), so with fewer than ~10 runs per side the interval is coarse;
// prefer RatioOfPairedLogs when runs are interleaved in rounds.
RatioEstimate RatioOfMedians(std::span<const double> a, std::span<const double> b,
                             double confidence, std::uint64_t seed, int resamples = 2000);

// The p-quantile of the standard normal distribution, to ~1e-15. NaN for p outside (0, 1).
double NormalQuantile(double p);

// For the Wilcoxon signed-rank statistic T+ of n pairs: the largest k with
// P(T+ <= k-1) <= (1-confidence)/2 under the null hypothesis (no ties). The two-sided interval
// at that level is [W_(k), W_(M+1-k)] over the M = n(n+1)/2 sorted Walsh averages. Exact up to
// 50 pairs (the distribution built by counting), normal with a continuity correction above.
// 0 when no interval reaches the level: at 95%, n <= 5 (2 * 2^-5 = 6.25% > 5%).
int SignedRankLowerIndex(int n, double confidence);

// Paired rounds (a[i] and b[i] measured back to back in round i, interleaved to cancel drift):
// with d_i = log(b[i] / a[i]), the estimate is exp of the Hodges-Lehmann estimator (the median
// of the Walsh averages (d_i + d_j) / 2, i <= j) and the interval is exp of the Wilcoxon
// signed-rank confidence interval (stats.h SignedRankLowerIndex).
// Chosen over a t interval on the mean log ratio because timing noise on a shared machine is
// heavy-tailed and one-sided (a neighbour's burst makes a run slower, never faster): one slow
// run moves a mean and inflates its interval, but barely moves these order statistics. And
// unlike a t interval it cannot be tight by luck: a handful of rounds whose spread happens to be
// small give no interval at all (fewer than 6 pairs at 95%), so stopping as soon as the
// interval looks narrow does not name winners by chance. It needs no seed and is exact for the
// sizes a comparison runs (R: wilcox.test(log(b), log(a), paired = TRUE, conf.int = TRUE)).
// a and b must have the same size; with too few pairs the interval is [0, +inf].
RatioEstimate RatioOfPairedLogs(std::span<const double> a, std::span<const double> b, double confidence);

enum class Conclusion { kAFaster, kBFaster, kIndistinguishable };

// The decision rule, from the interval alone:
// 1. If the interval contains 1 (low <= 1 <= high), or any field is NaN: kIndistinguishable.
//    The measurements cannot tell the two apart, so no winner is named.
// 2. Otherwise the side of 1 the whole interval lies on: above (B slower) kAFaster, below
//    kBFaster. An estimate on the other side of 1 than its whole interval is contradictory and
//    gives kIndistinguishable.
// A difference the interval resolves is always named, however small: how large it is compared
// with a practical threshold is a separate question (ComparePracticalThreshold), never decided
// by where the point estimate falls. Swapping A and B always swaps the conclusion.
Conclusion Conclude(const RatioEstimate& r);

// Where the interval lies against the practical band (1/(1+t), 1+t), symmetric in log space:
// - kWithin: the whole interval inside the band (the difference, if any, is smaller than t);
// - kBeyond: the whole interval outside the band, on one side (larger than t);
// - kStraddles: the interval crosses an edge of the band, so whether the difference exceeds t
//   is not settled (also an unknown or NaN interval).
// With t = 0 the band is empty: an interval that excludes 1 is kBeyond, one that contains it
// kStraddles.
enum class Practical { kWithin, kBeyond, kStraddles };
Practical ComparePracticalThreshold(const RatioEstimate& r, double practical_threshold);

// "a_faster" | "b_faster" | "indistinguishable", as in `judge compare --json`.
std::string_view ConclusionName(Conclusion c);

// True when the whole interval lies within +-relative_half_width of the estimate:
// low >= estimate * (1 - w) and high <= estimate * (1 + w). The stopping rule for adaptive
// repetition ("sample until the CI is within +-3%"). False for NaN or the unknown interval.
bool PrecisionReached(const RatioEstimate& r, double relative_half_width = 0.03);

}  // namespace judge
