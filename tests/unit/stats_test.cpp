#include "judge/timing/stats.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace judge {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(Stats, MedianOfOddAndEvenCounts) {
  EXPECT_DOUBLE_EQ(Median(std::vector<double>{5, 1, 3}), 3);
  EXPECT_DOUBLE_EQ(Median(std::vector<double>{4, 1, 3, 2}), 2.5);
  EXPECT_DOUBLE_EQ(Median(std::vector<double>{7}), 7);
  EXPECT_TRUE(std::isnan(Median(std::vector<double>{})));
}

// Hand computation of R's quantile(c(7, 1, 3, 10, 4), p) (type 7): sorted 1 3 4 7 10, h = 4p.
TEST(Stats, QuantileMatchesRType7) {
  const std::vector<double> x = {7, 1, 3, 10, 4};
  EXPECT_DOUBLE_EQ(Quantile(x, 0), 1);
  EXPECT_DOUBLE_EQ(Quantile(x, 0.25), 3);   // h = 1
  EXPECT_DOUBLE_EQ(Quantile(x, 0.3), 3.2);  // h = 1.2: 3 + 0.2 * (4 - 3)
  EXPECT_DOUBLE_EQ(Quantile(x, 0.5), 4);
  EXPECT_DOUBLE_EQ(Quantile(x, 0.9), 8.8);  // h = 3.6: 7 + 0.6 * (10 - 7)
  EXPECT_DOUBLE_EQ(Quantile(x, 1), 10);
  // quantile(1:10, 0.1) = 1.9 (h = 0.9).
  const std::vector<double> one_to_ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_NEAR(Quantile(one_to_ten, 0.1), 1.9, 1e-12);
  EXPECT_TRUE(std::isnan(Quantile(x, 1.5)));
  EXPECT_TRUE(std::isnan(Quantile(std::vector<double>{}, 0.5)));
}

TEST(Stats, MeanStdDevAndCoefficientOfVariation) {
  const std::vector<double> x = {2, 4, 4, 4, 5, 5, 7, 9};  // mean 5, squared deviations sum 32
  EXPECT_DOUBLE_EQ(Mean(x), 5);
  EXPECT_NEAR(StdDev(x), std::sqrt(32.0 / 7.0), 1e-12);
  EXPECT_NEAR(CoefficientOfVariation(x), std::sqrt(32.0 / 7.0) / 5, 1e-12);
  EXPECT_TRUE(std::isnan(StdDev(std::vector<double>{1})));
  EXPECT_TRUE(std::isnan(Mean(std::vector<double>{})));
}

TEST(Stats, GeometricMean) {
  EXPECT_NEAR(GeometricMean(std::vector<double>{1, 2, 4, 8}), std::sqrt(8.0), 1e-12);
  EXPECT_NEAR(GeometricMean(std::vector<double>{0.5, 2}), 1, 1e-12);
  EXPECT_TRUE(std::isnan(GeometricMean(std::vector<double>{1, 0})));
  EXPECT_TRUE(std::isnan(GeometricMean(std::vector<double>{})));
}

TEST(Stats, LogLogSlopeOfPowerLaws) {
  std::vector<double> n;
  std::vector<double> quadratic;
  std::vector<double> linear;
  for (double size = 1024; size <= 1 << 20; size *= 2) {
    n.push_back(size);
    quadratic.push_back(3 * size * size);
    linear.push_back(0.5 * size);
  }
  EXPECT_NEAR(LogLogSlope(n, quadratic), 2.0, 1e-9);
  EXPECT_NEAR(LogLogSlope(n, linear), 1.0, 1e-9);
  // n log n over this range fits an exponent a little above 1.
  std::vector<double> n_log_n;
  for (double size : n) n_log_n.push_back(size * std::log2(size));
  EXPECT_GT(LogLogSlope(n, n_log_n), 1.05);
  EXPECT_LT(LogLogSlope(n, n_log_n), 1.15);
  EXPECT_TRUE(std::isnan(LogLogSlope(std::vector<double>{8, 8}, std::vector<double>{1, 2})));
  EXPECT_TRUE(std::isnan(LogLogSlope(std::vector<double>{1, 2}, std::vector<double>{1})));
  EXPECT_TRUE(std::isnan(LogLogSlope(std::vector<double>{1, 2}, std::vector<double>{0, 1})));
}

// ~30 runs of ~100 ms with about 1% deterministic "noise".
std::vector<double> Series(double center, double phase) {
  std::vector<double> x;
  for (int i = 0; i < 30; ++i) x.push_back(center * (1 + 0.01 * std::sin(1.7 * i + phase)));
  return x;
}

TEST(Stats, RatioOfMediansIsDeterministicForASeed) {
  const auto a = Series(100, 0);
  const auto b = Series(105, 1);
  const RatioEstimate first = RatioOfMedians(a, b, 0.95, 42);
  const RatioEstimate second = RatioOfMedians(a, b, 0.95, 42);
  EXPECT_EQ(first.estimate, second.estimate);
  EXPECT_EQ(first.low, second.low);
  EXPECT_EQ(first.high, second.high);
  EXPECT_EQ(first.confidence, 0.95);
  const RatioEstimate other_seed = RatioOfMedians(a, b, 0.95, 43);
  EXPECT_EQ(other_seed.estimate, first.estimate);
  EXPECT_TRUE(other_seed.low != first.low || other_seed.high != first.high);
}

TEST(Stats, RatioOfMediansOfIdenticalSamplesIsIndistinguishable) {
  const auto a = Series(100, 0);
  const RatioEstimate r = RatioOfMedians(a, a, 0.95, 7);
  EXPECT_DOUBLE_EQ(r.estimate, 1);
  EXPECT_LT(r.low, 1);
  EXPECT_GT(r.high, 1);
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
}

TEST(Stats, RatioOfMediansBThirtyPercentSlowerMeansAFaster) {
  const auto a = Series(100, 0);
  const auto b = Series(130, 2);
  const RatioEstimate r = RatioOfMedians(a, b, 0.95, 1);
  EXPECT_NEAR(r.estimate, 1.3, 0.01);
  EXPECT_GT(r.low, 1);
  EXPECT_LE(r.low, r.estimate);
  EXPECT_GE(r.high, r.estimate);
  EXPECT_EQ(Conclude(r), Conclusion::kAFaster);
  EXPECT_EQ(ConclusionName(Conclude(r)), "a_faster");
  EXPECT_TRUE(PrecisionReached(r));
  // Swapped roles: B is now the fast one.
  const RatioEstimate swapped = RatioOfMedians(b, a, 0.95, 1);
  EXPECT_NEAR(swapped.estimate, 1 / 1.3, 0.01);
  EXPECT_LT(swapped.high, 1);
  EXPECT_EQ(Conclude(swapped), Conclusion::kBFaster);
  EXPECT_EQ(ConclusionName(Conclude(swapped)), "b_faster");
}

TEST(Stats, RatioOfMediansTooFewRunsGivesUnknownInterval) {
  const std::vector<double> a = {100};
  const std::vector<double> b = {150, 151};
  const RatioEstimate r = RatioOfMedians(a, b, 0.95, 1);
  EXPECT_DOUBLE_EQ(r.estimate, 1.505);
  EXPECT_EQ(r.low, 0);
  EXPECT_EQ(r.high, kInf);
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
  EXPECT_FALSE(PrecisionReached(r));
}

TEST(Stats, RatioOfMediansRejectsNonPositiveTimes) {
  const std::vector<double> a = {0, 1, 2};
  const std::vector<double> b = {1, 2, 3};
  const RatioEstimate r = RatioOfMedians(a, b, 0.95, 1);
  EXPECT_TRUE(std::isnan(r.estimate));
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
  EXPECT_TRUE(std::isnan(RatioOfMedians(std::vector<double>{}, b, 0.95, 1).estimate));
}

TEST(Stats, RatioOfMediansCoversTheTrueRatioOnNoisySamples) {
  // 40 seeded experiments with log-normal-ish noise (CV ~5%) and a true ratio of 1.1: a 95%
  // interval should miss only a few times. Loose bound: this checks calibration is sane.
  int covered = 0;
  std::uint64_t state = 12345;
  auto next_uniform = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / 9007199254740992.0;
  };
  for (int experiment = 0; experiment < 40; ++experiment) {
    std::vector<double> a;
    std::vector<double> b;
    for (int i = 0; i < 25; ++i) {
      a.push_back(100 *
                  std::exp(0.05 * (next_uniform() + next_uniform() + next_uniform() - 1.5) * 2));
      b.push_back(110 *
                  std::exp(0.05 * (next_uniform() + next_uniform() + next_uniform() - 1.5) * 2));
    }
    const RatioEstimate r = RatioOfMedians(a, b, 0.95, static_cast<std::uint64_t>(experiment));
    if (r.low <= 1.1 && 1.1 <= r.high) ++covered;
  }
  EXPECT_GE(covered, 33);
}

TEST(Stats, NormalQuantileMatchesTables) {
  EXPECT_NEAR(NormalQuantile(0.975), 1.959963985, 1e-8);
  EXPECT_NEAR(NormalQuantile(0.025), -1.959963985, 1e-8);
  EXPECT_NEAR(NormalQuantile(0.995), 2.575829304, 1e-8);
  EXPECT_NEAR(NormalQuantile(0.5), 0, 1e-12);
  EXPECT_TRUE(std::isnan(NormalQuantile(0)));
  EXPECT_TRUE(std::isnan(NormalQuantile(1.5)));
}

TEST(Stats, SignedRankLowerIndexIsOneMoreThanTheTablesCriticalValue) {
  // Two-sided 5% critical values of the Wilcoxon signed-rank statistic (reject when T <= c), as
  // printed in every table: n=6: 0, 7: 2, 8: 3, 9: 5, 10: 8, 12: 13, 15: 25, 20: 52, 25: 89,
  // 30: 137. The interval's index k is c + 1.
  const std::pair<int, int> kTable[] = {{6, 0},   {7, 2},   {8, 3},   {9, 5},   {10, 8},
                                        {12, 13}, {15, 25}, {20, 52}, {25, 89}, {30, 137}};
  for (const auto& [n, critical] : kTable) EXPECT_EQ(SignedRankLowerIndex(n, 0.95), critical + 1) << "n=" << n;
  // No 95% interval exists below 6 pairs: even "all signs alike" has probability 2 * 2^-5.
  for (int n = 0; n <= 5; ++n) EXPECT_EQ(SignedRankLowerIndex(n, 0.95), 0) << "n=" << n;
  EXPECT_EQ(SignedRankLowerIndex(5, 0.90), 1);  // 2 * 2^-5 = 6.25% <= 10%
}

TEST(Stats, SignedRankLowerIndexIsExactByCountingSignAssignments) {
  // Brute force over all 2^n sign patterns for the exact range.
  for (int n = 1; n <= 16; ++n) {
    const int pairs = n * (n + 1) / 2;
    std::vector<double> ways(static_cast<size_t>(pairs) + 1, 0);  // counts, exact below 2^53
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
      int t = 0;
      for (int r = 1; r <= n; ++r)
        if (mask & (1u << (r - 1))) t += r;
      ++ways[static_cast<size_t>(t)];
    }
    const double total = std::ldexp(1.0, n);
    int expected = 0;
    double cumulative = 0;
    while (expected < pairs && (cumulative + ways[static_cast<size_t>(expected)] / total) <= 0.025) {
      cumulative += ways[static_cast<size_t>(expected)] / total;
      ++expected;
    }
    EXPECT_EQ(SignedRankLowerIndex(n, 0.95), expected) << "n=" << n;
  }
}

TEST(Stats, SignedRankLowerIndexNormalApproximationJoinsTheExactTable) {
  // At 50 pairs the exact value; past it the normal approximation, which must continue the
  // sequence smoothly (k grows by about sqrt(n) per pair) and stay near the exact value.
  const int exact50 = SignedRankLowerIndex(50, 0.95);
  EXPECT_EQ(exact50, 435);  // table: c = 434
  const int approx51 = SignedRankLowerIndex(51, 0.95);
  EXPECT_GT(approx51, exact50);
  EXPECT_LT(approx51, exact50 + 30);
  for (int n = 52; n <= 400; ++n) EXPECT_GT(SignedRankLowerIndex(n, 0.95), SignedRankLowerIndex(n - 1, 0.95));
}

TEST(Stats, RatioOfPairedLogsIsHodgesLehmannWithTheSignedRankInterval) {
  // 7 rounds: log ratios d = log(b/a). Walsh averages of d, their median and their 3rd smallest
  // and 3rd largest (k = 3 at n = 7) are computed here the slow way.
  const std::vector<double> a = {100, 102, 98, 101, 99, 100, 103};
  const std::vector<double> b = {130, 134, 126, 132, 128, 131, 160};
  std::vector<double> walsh;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = i; j < a.size(); ++j) walsh.push_back((std::log(b[i] / a[i]) + std::log(b[j] / a[j])) / 2);
  std::sort(walsh.begin(), walsh.end());
  ASSERT_EQ(walsh.size(), 28u);
  const RatioEstimate r = RatioOfPairedLogs(a, b, 0.95);
  EXPECT_NEAR(r.estimate, std::exp((walsh[13] + walsh[14]) / 2), 1e-12);
  EXPECT_NEAR(r.low, std::exp(walsh[2]), 1e-12);
  EXPECT_NEAR(r.high, std::exp(walsh[25]), 1e-12);
  EXPECT_EQ(r.confidence, 0.95);
  // The outlier round (160/103 = 1.55) barely moves the estimate: a mean of the logs would be
  // pulled to ~1.34.
  EXPECT_NEAR(r.estimate, 1.3, 0.02);
  EXPECT_LT(r.estimate, 1.32);
  EXPECT_EQ(Conclude(r), Conclusion::kAFaster);
  EXPECT_EQ(Conclude(RatioOfPairedLogs(b, a, 0.95)), Conclusion::kBFaster);
}

TEST(Stats, RatioOfPairedLogsOfSwappedSidesIsTheReciprocal) {
  const std::vector<double> a = {10.1, 10.4, 9.8, 10.0, 10.9, 10.2, 10.3, 9.9};
  const std::vector<double> b = {11.0, 10.8, 10.9, 11.6, 11.2, 10.7, 11.5, 11.1};
  const RatioEstimate r = RatioOfPairedLogs(a, b, 0.95);
  const RatioEstimate s = RatioOfPairedLogs(b, a, 0.95);
  EXPECT_NEAR(r.estimate * s.estimate, 1, 1e-12);
  EXPECT_NEAR(r.low * s.high, 1, 1e-12);
  EXPECT_NEAR(r.high * s.low, 1, 1e-12);
}

TEST(Stats, RatioOfPairedLogsEdgeCases) {
  const std::vector<double> a = {100, 100, 100, 100, 100, 100};
  EXPECT_DOUBLE_EQ(RatioOfPairedLogs(a, a, 0.95).estimate, 1);
  EXPECT_EQ(Conclude(RatioOfPairedLogs(a, a, 0.95)), Conclusion::kIndistinguishable);
  EXPECT_TRUE(std::isnan(RatioOfPairedLogs(a, std::vector<double>{1, 2}, 0.95).estimate));
  EXPECT_TRUE(std::isnan(RatioOfPairedLogs(std::vector<double>{}, std::vector<double>{}, 0.95).estimate));
  EXPECT_TRUE(std::isnan(RatioOfPairedLogs(std::vector<double>{1, 0}, std::vector<double>{1, 1}, 0.95).estimate));
  // Five rounds all saying "twice as slow" give the estimate but no 95% interval: five equal
  // signs happen by chance 1 time in 16.
  const std::vector<double> five = {10, 11, 9, 10, 12};
  const std::vector<double> doubled = {20, 22, 18, 20, 24};
  const RatioEstimate r = RatioOfPairedLogs(five, doubled, 0.95);
  EXPECT_DOUBLE_EQ(r.estimate, 2);
  EXPECT_EQ(r.low, 0);
  EXPECT_EQ(r.high, kInf);
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
  EXPECT_FALSE(PrecisionReached(r));
}

TEST(Stats, ConcludeRules) {
  const struct {
    RatioEstimate r;
    Conclusion expected;
  } kCases[] = {
      {{1.10, 1.05, 1.15, 0.95}, Conclusion::kAFaster},
      {{0.90, 0.85, 0.95, 0.95}, Conclusion::kBFaster},
      {{1.10, 0.99, 1.20, 0.95}, Conclusion::kIndistinguishable},   // contains 1
      {{1.10, 1.00, 1.20, 0.95}, Conclusion::kIndistinguishable},   // touches 1
      {{1.02, 1.01, 1.03, 0.95}, Conclusion::kAFaster},             // small but resolved
      {{1.030, 1.029, 1.032, 0.95}, Conclusion::kAFaster},          // the 3% case
      {{0.975, 0.96, 0.99, 0.95}, Conclusion::kBFaster},
      {{1.10, 0, kInf, 0.95}, Conclusion::kIndistinguishable},      // unknown interval
      {{std::nan(""), 1.1, 1.2, 0.95}, Conclusion::kIndistinguishable},
      {{0.90, 1.05, 1.15, 0.95}, Conclusion::kIndistinguishable},  // contradictory
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Conclude(c.r), c.expected) << c.r.estimate << " [" << c.r.low << ", " << c.r.high << "]";
  }
}

// The practical threshold is judged on the whole interval, never on the point estimate.
TEST(Stats, PracticalThresholdRules) {
  const struct {
    RatioEstimate r;
    double threshold;
    Practical expected;
  } kCases[] = {
      {{1.030, 1.029, 1.032, 0.95}, 0.05, Practical::kWithin},
      {{1.030, 1.029, 1.032, 0.95}, 0.03, Practical::kStraddles},  // crosses 1.03
      {{1.02, 1.01, 1.025, 0.95}, 0.03, Practical::kWithin},
      {{1.035, 1.031, 1.04, 0.95}, 0.03, Practical::kBeyond},
      {{1.029, 1.001, 1.07, 0.95}, 0.03, Practical::kStraddles},  // estimate below 3%, interval past it
      {{1.035, 1.001, 1.07, 0.95}, 0.03, Practical::kStraddles},  // estimate past 3%, interval below it
      {{0.975, 0.972, 0.978, 0.95}, 0.03, Practical::kWithin},     // 1/0.972 < 1.03
      {{0.95, 0.94, 0.96, 0.95}, 0.03, Practical::kBeyond},        // 1/0.96 > 1.03
      {{1.00, 0.99, 1.01, 0.95}, 0.03, Practical::kWithin},        // indistinguishable and small
      {{1.00, 0.90, 1.10, 0.95}, 0.03, Practical::kStraddles},
      {{1.02, 1.01, 1.03, 0.95}, 0.00, Practical::kBeyond},        // no band: any resolved difference
      {{1.00, 0.99, 1.01, 0.95}, 0.00, Practical::kStraddles},
      {{1.10, 0, kInf, 0.95}, 0.03, Practical::kStraddles},        // unknown interval
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ComparePracticalThreshold(c.r, c.threshold), c.expected)
        << c.r.estimate << " [" << c.r.low << ", " << c.r.high << "] threshold " << c.threshold;
  }
}

TEST(Stats, ConcludeIsSymmetricUnderSwappingAAndB) {
  for (double estimate : {0.9, 0.96, 0.97, 0.98, 1.0, 1.02, 1.03, 1.031, 1.04, 1.2}) {
    const RatioEstimate r{estimate, estimate * 0.99, estimate * 1.01, 0.95};
    const RatioEstimate swapped{1 / estimate, 1 / r.high, 1 / r.low, 0.95};
    EXPECT_EQ(ComparePracticalThreshold(r, 0.03), ComparePracticalThreshold(swapped, 0.03)) << estimate;
    const Conclusion c = Conclude(r);
    const Conclusion s = Conclude(swapped);
    if (c == Conclusion::kIndistinguishable) {
      EXPECT_EQ(s, Conclusion::kIndistinguishable) << estimate;
    } else {
      EXPECT_NE(s, Conclusion::kIndistinguishable) << estimate;
      EXPECT_NE(s, c) << estimate;
    }
  }
}

TEST(Stats, ConclusionNames) {
  EXPECT_EQ(ConclusionName(Conclusion::kAFaster), "a_faster");
  EXPECT_EQ(ConclusionName(Conclusion::kBFaster), "b_faster");
  EXPECT_EQ(ConclusionName(Conclusion::kIndistinguishable), "indistinguishable");
}

TEST(Stats, PrecisionReached) {
  EXPECT_TRUE(PrecisionReached({1.5, 1.46, 1.54, 0.95}));
  EXPECT_FALSE(PrecisionReached({1.5, 1.44, 1.54, 0.95}));  // low is 4% below
  EXPECT_FALSE(PrecisionReached({1.5, 1.46, 1.56, 0.95}));  // high is 4% above
  EXPECT_TRUE(PrecisionReached({1.5, 1.44, 1.56, 0.95}, 0.05));
  EXPECT_FALSE(PrecisionReached({1.5, 0, kInf, 0.95}));
  EXPECT_FALSE(PrecisionReached({std::nan(""), 1, 1, 0.95}));
}

}  // namespace
}  // namespace judge
