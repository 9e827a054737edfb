// The pure parts of timing.h: ratios from rounds, ladder placement text, borderline classes.
#include "judge/timing/timing.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace judge {
namespace {

Measurement TwoPrograms(const std::vector<std::vector<double>>& a, const std::vector<std::vector<double>>& b) {
  Measurement m;
  m.programs = {"A", "B"};
  for (size_t c = 0; c < a.size(); ++c) m.cases.push_back("c" + std::to_string(c));
  m.samples = {a, b};
  m.rounds = static_cast<int>(a[0].size());
  return m;
}

TEST(Timing, RoundTotalsSumTheCasesOfEachRound) {
  const auto m = TwoPrograms({{1, 2, 3}, {10, 20, 30}}, {{2, 4, 6}, {20, 40, 60}});
  EXPECT_EQ(RoundTotals(m, 0), (std::vector<double>{11, 22, 33}));
  EXPECT_EQ(RoundTotals(m, 1), (std::vector<double>{22, 44, 66}));
}

TEST(Timing, OverallRatioOfAnExactDoublingIsTwoWithATightInterval) {
  const auto m = TwoPrograms({{10, 11, 9, 10, 12, 10}}, {{20, 22, 18, 20, 24, 20}});
  const auto r = OverallRatio(m, 0, 1);
  EXPECT_NEAR(r.estimate, 2.0, 1e-12);
  EXPECT_NEAR(r.low, 2.0, 1e-9);
  EXPECT_NEAR(r.high, 2.0, 1e-9);
  EXPECT_EQ(Conclude(r), Conclusion::kAFaster);
  EXPECT_NEAR(CaseRatio(m, 0, 1, 0).estimate, 0.5, 1e-12);
}

TEST(Timing, FewerRoundsThanAnIntervalNeedsNameNoWinner) {
  const auto m = TwoPrograms({{10, 11, 9, 10, 12}}, {{20, 22, 18, 20, 24}});
  ASSERT_LT(m.rounds, kRoundsForAnInterval);
  const auto r = OverallRatio(m, 0, 1);
  EXPECT_NEAR(r.estimate, 2.0, 1e-12);
  EXPECT_FALSE(std::isfinite(r.high));
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
}

TEST(Timing, NoisyEqualProgramsAreIndistinguishable) {
  const auto m = TwoPrograms({{10.0, 10.3, 9.8, 10.1, 10.0, 10.2}}, {{10.1, 10.0, 10.0, 9.9, 10.2, 10.1}});
  EXPECT_EQ(Conclude(OverallRatio(m, 0, 1)), Conclusion::kIndistinguishable);
}

TEST(Timing, OneDisturbedRoundDoesNotNameAWinner) {
  // Seven quiet rounds within 1% and one where a neighbour's burst tripled B's time: a mean of
  // the log ratios would be 1.15 with an interval above 1.
  const auto m = TwoPrograms({{10.0, 10.1, 9.9, 10.0, 10.05, 9.95, 10.0, 10.0}},
                             {{10.05, 10.0, 9.95, 10.1, 10.0, 10.0, 9.9, 30.0}});
  const auto r = OverallRatio(m, 0, 1);
  EXPECT_LT(r.estimate, 1.02);
  EXPECT_EQ(Conclude(r), Conclusion::kIndistinguishable);
}

// A seeded simulation of `judge compare` on three cases of 10, 15 and 20 ms: the rounds, the
// stopping rule (from kRoundsForAnInterval rounds on, stop when the interval is within +-3%, at
// most `max_rounds`) and the conclusion, all with the product's functions; only the machine is
// simulated. A run takes its case's time times exp(N(0, sigma)), and with probability `burst`
// a neighbour's burst slows it further by an exponential factor of mean `burst_size`: the
// one-sided, heavy-tailed noise of a shared 2-vCPU machine running other tests.
struct Machine {
  double sigma, burst, burst_size;
};

struct Outcomes {
  double a_faster = 0, b_faster = 0;  // fractions of trials
  double within = 0, beyond = 0;      // fractions whose interval is within / beyond `threshold`
};

Outcomes Simulate(const Machine& machine, double b_over_a, int max_rounds, int trials, double threshold = 0.03) {
  std::mt19937_64 rng(20261129);
  std::normal_distribution<double> noise(0, machine.sigma);
  std::uniform_real_distribution<double> uniform(0, 1);
  std::exponential_distribution<double> burst(1 / machine.burst_size);
  auto run = [&](double ms) {
    double t = ms * std::exp(noise(rng));
    if (uniform(rng) < machine.burst) t *= 1 + burst(rng);
    return t;
  };
  Outcomes out;
  for (int trial = 0; trial < trials; ++trial) {
    Measurement m;
    m.programs = {"A", "B"};
    m.cases = {"1", "2", "3"};
    m.samples.assign(2, std::vector<std::vector<double>>(3));
    const double ms[] = {10, 15, 20};
    while (m.rounds < max_rounds) {
      for (size_t c = 0; c < 3; ++c) {
        m.samples[0][c].push_back(run(ms[c]));
        m.samples[1][c].push_back(run(ms[c] * b_over_a));
      }
      ++m.rounds;
      if (m.rounds >= kRoundsForAnInterval && PrecisionReached(OverallRatio(m, 0, 1), 0.03)) break;
    }
    const RatioEstimate r = OverallRatio(m, 0, 1);
    const Conclusion c = Conclude(r);
    out.a_faster += c == Conclusion::kAFaster ? 1.0 / trials : 0;
    out.b_faster += c == Conclusion::kBFaster ? 1.0 / trials : 0;
    const Practical p = ComparePracticalThreshold(r, threshold);
    out.within += p == Practical::kWithin ? 1.0 / trials : 0;
    out.beyond += p == Practical::kBeyond ? 1.0 / trials : 0;
  }
  return out;
}

const Machine kMachines[] = {
    {0.03, 0, 1},       // quiet: 3% per run (an 11 ms case measured 3.4%)
    {0.05, 0, 1},       // 5% per run
    {0.03, 0.10, 0.2},  // one run in 10 slowed by ~20%
    {0.05, 0.20, 0.3},  // one run in 5 slowed by ~30%
    {0.02, 0.05, 1.0},  // one run in 20 slowed ~2x
};

TEST(TimingSimulation, IdenticalProgramsNameAWinnerAtMostAtTheIntervalsErrorRate) {
  // A 95% interval misses 1 in 20 times at most, half on each side, and the conclusion comes
  // from the interval alone (no practical band on the point estimate lowers it any more), so
  // this bounds the false winners of `judge compare`. 2000 trials put the rate within ~1% of
  // its true value.
  for (const Machine& machine : kMachines)
    for (int max_rounds : {13, 40}) {
      const Outcomes o = Simulate(machine, 1.0, max_rounds, 2000);
      EXPECT_LE(o.a_faster, 0.035) << machine.sigma << " " << machine.burst << " max " << max_rounds;
      EXPECT_LE(o.b_faster, 0.035) << machine.sigma << " " << machine.burst << " max " << max_rounds;
    }
}

TEST(TimingSimulation, TenAndThirtyPercentMoreAreFoundWithinFortyRounds) {
  // The t interval on the mean log ratio that this replaced found 10% in 89% of trials on the
  // last machine: one doubled run inflates its width.
  for (const Machine& machine : kMachines) {
    const Outcomes o = Simulate(machine, 1.3, 40, 500);
    EXPECT_GE(o.a_faster, 0.99) << machine.sigma << " " << machine.burst;
    EXPECT_EQ(o.b_faster, 0) << machine.sigma << " " << machine.burst;
  }
  for (const Machine& machine : kMachines)
    EXPECT_GE(Simulate(machine, 1.1, 40, 500).a_faster, 0.99) << machine.sigma << " " << machine.burst;
}

// The issue that moved the practical threshold off the point estimate: a copy doing 3% more
// work, on a machine quiet enough that the interval resolves it, was called indistinguishable.
// Now it is named, and whether it is within a threshold is read off the whole interval.
TEST(TimingSimulation, AThreePercentDifferenceIsNamedOnAQuietMachine) {
  const Machine quiet{0.005, 0, 1};  // 0.5% per run: CPU-bound code on an idle core
  const Outcomes at_3 = Simulate(quiet, 1.03, 40, 500, 0.03);
  EXPECT_GE(at_3.a_faster, 0.99);
  EXPECT_EQ(at_3.b_faster, 0);
  // Its interval lies around 3%, so against a 3% threshold it is neither within nor beyond in
  // most trials; against 5% it is within, against 1% beyond.
  EXPECT_LE(at_3.within + at_3.beyond, 0.5);
  EXPECT_GE(Simulate(quiet, 1.03, 40, 500, 0.05).within, 0.99);
  EXPECT_GE(Simulate(quiet, 1.03, 40, 500, 0.01).beyond, 0.99);
  // On the noisier machines the +-3% stopping rule often ends before 3% is resolved (it is
  // found in 40-81% of trials, measured with this seed), but it is never reported backwards.
  for (const Machine& machine : kMachines)
    EXPECT_EQ(Simulate(machine, 1.03, 40, 500, 0.03).b_faster, 0) << machine.sigma << " " << machine.burst;
}

Ladder TwoRungs() {
  Ladder l;
  l.rungs.push_back({"hash_nth_element_fastio", 100, {1.8, 1.74, 1.86, 0.95}});
  l.rungs.push_back({"hash_heap", 1080, {1.0 / 6.0, 1.0 / 6.2, 1.0 / 5.8, 0.95}});
  return l;
}

TEST(Ladder, PlacementNamesTheFastestReferenceFirst) {
  EXPECT_EQ(LadderPlacement(TwoRungs()),
            "1.80x the time of hash_nth_element_fastio (fastest reference) [1.74, 1.86]; "
            "6.00x faster than hash_heap [5.80, 6.20]");
  EXPECT_DOUBLE_EQ(*RatioToFastest(TwoRungs()), 1.8);
}

TEST(Ladder, WithinThreePercentIsAsFast) {
  Ladder l;
  l.rungs.push_back({"ref", 100, {1.01, 0.99, 1.03, 0.95}});
  EXPECT_EQ(LadderPlacement(l), "as fast as ref (fastest reference) (1.01x, [0.99, 1.03])");
}

TEST(Ladder, TooFewRoundsSayNoIntervalButKeepTheRatio) {
  Ladder l;
  l.rungs.push_back({"ref", 100, {1.4, 0, std::numeric_limits<double>::infinity(), 0.95}});
  EXPECT_EQ(LadderPlacement(l), "1.40x the time of ref (fastest reference) (too few rounds for an interval)");
  EXPECT_DOUBLE_EQ(*RatioToFastest(l), 1.4);
}

TEST(Ladder, EmptyLadderSaysSoAndHasNoRatio) {
  EXPECT_EQ(LadderPlacement(Ladder{}), "no reference solution to compare with");
  EXPECT_FALSE(RatioToFastest(Ladder{}).has_value());
}

// What history keeps: the run's interval widened, in log space, by the between-run variation
// (at least kBetweenRunDrift, more when the ratio moved inside the run).
TEST(Ladder, HistoryRatioIncludesTheBetweenRunVariation) {
  Ladder l;
  l.rungs.push_back({"fastio", 100, {2.0, 1.98, 2.02, 0.95}});
  auto kept = RatioForHistory(l);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->reference, "fastio");
  EXPECT_DOUBLE_EQ(kept->estimate, 2.0);
  const double between = std::log1p(kBetweenRunDrift);
  EXPECT_NEAR(kept->low, 2.0 * std::exp(-std::hypot(std::log(2.0 / 1.98), between)), 1e-12);
  EXPECT_NEAR(kept->high, 2.0 * std::exp(std::hypot(std::log(2.02 / 2.0), between)), 1e-12);
  EXPECT_LT(kept->low, 2.0 / (1 + kBetweenRunDrift) + 1e-9) << "a +-1% run interval is not what history keeps";
  EXPECT_GT(kept->high, 2.0 * (1 + kBetweenRunDrift) - 1e-9);

  l.rungs[0].drift = std::log(1.2);  // the ratio moved by 20% between the halves of this run
  kept = RatioForHistory(l);
  ASSERT_TRUE(kept);
  EXPECT_NEAR(kept->high, 2.0 * std::exp(std::hypot(std::log(2.02 / 2.0), std::log(1.2))), 1e-12);
}

TEST(Ladder, HistoryRatioWithoutARunIntervalHasNone) {
  Ladder l;
  l.rungs.push_back({"ref", 100, {1.4, 0, std::numeric_limits<double>::infinity(), 0.95}});
  auto kept = RatioForHistory(l);
  ASSERT_TRUE(kept);
  EXPECT_DOUBLE_EQ(kept->estimate, 1.4);
  EXPECT_TRUE(std::isnan(kept->low));
  EXPECT_TRUE(std::isnan(kept->high));
  EXPECT_FALSE(RatioForHistory(Ladder{}));
}

TEST(Ladder, JsonListsRungsFastestFirst) {
  const auto j = LadderJson(TwoRungs());
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["name"], "hash_nth_element_fastio");
  EXPECT_DOUBLE_EQ(j[0]["cpu_ms"].get<double>(), 100);
  EXPECT_DOUBLE_EQ(j[0]["ratio"].get<double>(), 1.8);
}

TEST(Borderline, NearLimitIsFifteenPercentEitherSide) {
  EXPECT_FALSE(NearLimit(849, 1000));
  EXPECT_TRUE(NearLimit(850, 1000));
  EXPECT_TRUE(NearLimit(1003, 1000));
  EXPECT_TRUE(NearLimit(1150, 1000));
  EXPECT_FALSE(NearLimit(1151, 1000));
  EXPECT_FALSE(NearLimit(5, 0));
}

TEST(Borderline, ClassesAndText) {
  EXPECT_EQ(ClassifyBorderline(4, 0), Stability::kStablePass);
  EXPECT_EQ(ClassifyBorderline(4, 4), Stability::kStableTle);
  EXPECT_EQ(ClassifyBorderline(4, 2), Stability::kBorderline);
  EXPECT_EQ(BorderlineText(4, 2), "borderline: 2 of 4 runs over the limit");
  EXPECT_EQ(BorderlineText(4, 4), "stable TLE (4 of 4 runs over the limit)");
  EXPECT_EQ(BorderlineText(4, 0), "stable pass (0 of 4 runs over the limit)");
}

}  // namespace
}  // namespace judge
