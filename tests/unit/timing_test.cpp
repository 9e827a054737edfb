// The pure parts of timing.h: ratios from rounds, ladder placement text, borderline classes.
#include "judge/timing.h"

#include <gtest/gtest.h>

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
  const auto m = TwoPrograms({{10, 11, 9, 10}}, {{20, 22, 18, 20}});
  const auto r = OverallRatio(m, 0, 1);
  EXPECT_NEAR(r.estimate, 2.0, 1e-12);
  EXPECT_NEAR(r.low, 2.0, 1e-9);
  EXPECT_NEAR(r.high, 2.0, 1e-9);
  EXPECT_EQ(Conclude(r), Conclusion::kAFaster);
  EXPECT_NEAR(CaseRatio(m, 0, 1, 0).estimate, 0.5, 1e-12);
}

TEST(Timing, NoisyEqualProgramsAreIndistinguishable) {
  const auto m = TwoPrograms({{10.0, 10.3, 9.8, 10.1, 10.0}}, {{10.1, 10.0, 10.0, 9.9, 10.2}});
  EXPECT_EQ(Conclude(OverallRatio(m, 0, 1)), Conclusion::kIndistinguishable);
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

TEST(Ladder, EmptyLadderSaysSoAndHasNoRatio) {
  EXPECT_EQ(LadderPlacement(Ladder{}), "no reference solution to compare with");
  EXPECT_FALSE(RatioToFastest(Ladder{}).has_value());
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
