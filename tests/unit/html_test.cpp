// html.h: self-contained pages with the right number of marks, and the terminal trend.
#include "judge/cli/html.h"

#include <gtest/gtest.h>

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
  EXPECT_NE(page.find("B is 1.30x slower than A [1.27, 1.33], 95% CI, 5 rounds"), std::string::npos);
}

TEST(Html, TerminalTrendScalesToTheSlowest) {
  const std::string t = TerminalTrend(ThreeAttempts(), 10);
  EXPECT_EQ(t,
            "    1 TLE |##########| 3000.0 ms\n"
            "    2 AC  |###       | 900.0 ms  3.60x ref\n"
            "    3 AC  |##        | 450.0 ms  1.80x ref\n");
}

}  // namespace
}  // namespace judge
