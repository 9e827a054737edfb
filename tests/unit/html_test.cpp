// html.h: self-contained pages with the right number of marks, and the terminal trend.
#include "judge/cli/html.h"

#include <gtest/gtest.h>

#include <cmath>

namespace judge {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<Attempt> ThreeAttempts() {
  std::vector<Attempt> v(3);
  v[0].id = 1, v[0].verdict = "TLE", v[0].cpu_ms = 3000;
  v[1].id = 2, v[1].verdict = "AC", v[1].cpu_ms = 900, v[1].ratio_to_ref = 3.6;
  v[2].id = 3, v[2].verdict = "AC", v[2].cpu_ms = 450, v[2].ratio_to_ref = 1.8;
  return v;
}

TEST(Html, HistoryHasOneBarPerAttemptAndOneRatioPointPerRatedAttempt) {
  const std::string page = RenderHistoryHtml("top-k-frequent", ThreeAttempts());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_EQ(Count(page, "<rect class=\"bar\""), 3u);
  EXPECT_EQ(Count(page, "<circle class=\"ratio\""), 2u);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);  // no external resources
  EXPECT_EQ(page.find("src="), std::string::npos);
}

TEST(Html, EscapesText) {
  EXPECT_EQ(HtmlEscape("a<b & \"c\"'"), "a&lt;b &amp; &quot;c&quot;&#39;");
  std::vector<Attempt> v(1);
  v[0].id = 1, v[0].verdict = "<x>", v[0].cpu_ms = 1;
  EXPECT_EQ(RenderHistoryHtml("p<", v).find("<x>"), std::string::npos);
}

TEST(Html, CompareHasAWhiskerPerCasePlusTheTotal) {
  Comparison c;
  c.problem = "p";
  c.a.label = "A";
  c.b.label = "B";
  c.cases = {{"secret/1", 10, 13, {1.3, 1.25, 1.35, 0.95}}, {"secret/2", 20, 26, {1.3, 1.2, 1.4, 0.95}}};
  c.ratio = {1.3, 1.27, 1.33, 0.95};
  c.conclusion = Conclusion::kAFaster;
  c.rounds = 5;
  const std::string page = RenderCompareHtml(c);
  EXPECT_EQ(Count(page, "<svg"), 1u);
  EXPECT_EQ(Count(page, "<line class=\"ci\""), 3u);
  EXPECT_EQ(Count(page, "<circle class=\"est\""), 3u);
  EXPECT_NE(page.find("B is 1.300x slower than A [1.270, 1.330], 95% CI, 5 rounds"), std::string::npos);
}

TEST(Html, TerminalTrendScalesToTheSlowest) {
  const std::string t = TerminalTrend(ThreeAttempts(), 10);
  EXPECT_EQ(t,
            "    1 TLE |##########| 3000.0 ms\n"
            "    2 AC  |###       | 900.0 ms  3.60x ref\n"
            "    3 AC  |##        | 450.0 ms  1.80x ref\n");
}

// One TLE of 60 s among attempts of about 1 s: the bars keep their scale, the TLE's is clipped
// and the chart says so; a CE has no bar and no time.
TEST(Html, TerminalTrendClipsAnOutlierAndShowsACompileErrorWithoutABar) {
  std::vector<Attempt> v(5);
  v[0].id = 1, v[0].verdict = "AC", v[0].cpu_ms = 1000;
  v[1].id = 2, v[1].verdict = "TLE", v[1].cpu_ms = 60000;
  v[2].id = 3, v[2].verdict = "CE", v[2].cpu_ms = std::nan("");
  v[3].id = 4, v[3].verdict = "AC", v[3].cpu_ms = 500;
  v[4].id = 5, v[4].verdict = "AC", v[4].cpu_ms = 800;
  const TrendScale scale = ScaleOfTrend(v);
  EXPECT_TRUE(scale.clipped);
  EXPECT_DOUBLE_EQ(scale.max_ms, 1000);
  EXPECT_EQ(TerminalTrend(v, 10),
            "    1 AC  |##########| 1000.0 ms\n"
            "    2 TLE |#########>| 60000.0 ms\n"
            "    3 CE  |          | did not compile\n"
            "    4 AC  |#####     | 500.0 ms\n"
            "    5 AC  |########  | 800.0 ms\n"
            "(bars end at 1000.0 ms so that one slow attempt does not flatten the others; '>' marks a longer one)\n");
  const std::string page = RenderHistoryHtml("p", v);
  EXPECT_EQ(Count(page, "<rect class=\"bar\""), 4u);  // none for the CE
  EXPECT_EQ(Count(page, "<polyline class=\"clip\""), 1u);
  EXPECT_NE(page.find("The axis ends at 1000.0 ms"), std::string::npos);
}

TEST(Html, TerminalTrendWithoutAnOutlierIsNotClipped) {
  EXPECT_FALSE(ScaleOfTrend(ThreeAttempts()).clipped);
  EXPECT_EQ(TerminalTrend(ThreeAttempts(), 10).find("bars end"), std::string::npos);
}

}  // namespace
}  // namespace judge
