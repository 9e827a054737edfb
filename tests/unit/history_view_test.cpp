// history_view.h: what `judge history` prints and its JSON (file, label, a CE without a time).
#include "judge/cli/history_view.h"

#include <gtest/gtest.h>

#include <cmath>

namespace judge {
namespace {

std::vector<Attempt> Attempts() {
  std::vector<Attempt> v(3);
  v[0].id = 1, v[0].created = "2026-11-02T10:00:00Z", v[0].verdict = "CE", v[0].cpu_ms = std::nan("");
  v[0].file = "first.cpp";
  v[1].id = 2, v[1].created = "2026-11-02T10:05:00Z", v[1].verdict = "AC", v[1].cpu_ms = 812.5;
  v[1].ratio_to_ref = 2.5, v[1].file = "hash_heap.cpp", v[1].label = "heap of size k";
  v[2].id = 3, v[2].created = "2026-11-02T10:09:00Z", v[2].verdict = "WA", v[2].cpu_ms = 40;
  return v;  // #3 was saved before file names were recorded: file ""
}

Attempt Rated(std::int64_t id, double ratio, double low, double high, std::string basis = "fastio; package abc",
              std::string machine = "AMD EPYC x2") {
  Attempt a;
  a.id = id, a.created = "2026-12-01T10:00:00Z", a.verdict = "AC", a.cpu_ms = 100, a.file = "s.cpp";
  a.ratio_to_ref = ratio, a.ratio_low = low, a.ratio_high = high;
  a.ratio_basis = std::move(basis), a.machine = std::move(machine);
  return a;
}

// Two attempts' ratios are compared only on one basis and one machine, and then by interval.
TEST(HistoryView, RatiosAreComparedByIntervalOnOneBasisAndMachine) {
  const Attempt base = Rated(1, 2.0, 1.85, 2.15);
  EXPECT_EQ(CompareRatios(base, Rated(2, 1.5, 1.4, 1.6)).outcome, "faster");
  EXPECT_TRUE(CompareRatios(base, Rated(2, 1.5, 1.4, 1.6)).comparable);
  EXPECT_EQ(CompareRatios(base, Rated(2, 2.6, 2.4, 2.8)).outcome, "slower");
  EXPECT_EQ(CompareRatios(base, Rated(2, 2.2, 2.1, 2.3)).outcome, "indistinguishable");
  auto other_package = CompareRatios(base, Rated(2, 1.5, 1.4, 1.6, "fastio; package def"));
  EXPECT_FALSE(other_package.comparable);
  EXPECT_EQ(other_package.outcome, "measured against a different reference or tests (the package changed)");
  auto other_machine = CompareRatios(base, Rated(2, 1.5, 1.4, 1.6, "fastio; package abc", "Intel Xeon x2"));
  EXPECT_FALSE(other_machine.comparable);
  EXPECT_EQ(other_machine.outcome, "judged on a different machine");
  Attempt quiet = base, busy = Rated(2, 1.5, 1.4, 1.6);
  quiet.timing_noise = R"({"load1":1.2,"cpus":2})";
  busy.timing_noise = R"({"load1":4.0,"cpus":2})";
  auto loads = CompareRatios(quiet, busy);
  EXPECT_FALSE(loads.comparable);
  EXPECT_EQ(loads.outcome, "judged under different load (load average 0.1 vs 1.5 per CPU besides the judge)");
  busy.timing_noise = R"({"load1":2.0,"cpus":2})";  // 0.1 vs 0.5 per CPU: similar enough
  EXPECT_EQ(CompareRatios(quiet, busy).outcome, "faster");
  busy.timing_noise = "";  // unknown load: not a reason by itself
  EXPECT_TRUE(CompareRatios(quiet, busy).comparable);
  Attempt old = Rated(2, 1.5, 1.4, 1.6);
  old.ratio_low.reset(), old.ratio_high.reset(), old.ratio_basis.clear();  // saved by schema v2
  EXPECT_FALSE(CompareRatios(base, old).comparable);
  EXPECT_EQ(CompareRatios(base, old).outcome, "stored without an interval (by an older judge, or too few rounds)");
}

TEST(HistoryView, TextShowsIntervalsAndWhatCanBeComparedWithTheLatest) {
  std::vector<Attempt> v = {Rated(1, 2.6, 2.4, 2.8), Rated(2, 2.1, 1.95, 2.25), Rated(3, 1.7, 1.6, 1.8, "other; package def"),
                            Rated(4, 2.0, 1.85, 2.15)};
  v.push_back(Attempt{});
  v.back().id = 5, v.back().verdict = "WA", v.back().cpu_ms = 3;
  const std::string text = RenderHistoryText("p", v, Style{});
  EXPECT_NE(text.find(" 2.00x [1.85, 2.15]  s.cpp"), std::string::npos) << text;
  EXPECT_NE(text.find("ratios against the latest rated attempt #4:\n"
                      "  #1: slower than it\n"
                      "  #2: indistinguishable from it (intervals overlap)\n"
                      "  #3: not comparable: measured against a different reference or tests (the package changed)\n"),
            std::string::npos)
      << text;
  const auto j = RenderHistoryJson("p", v);
  EXPECT_EQ(j["attempts"][0]["vs_latest"]["id"], 4);
  EXPECT_EQ(j["attempts"][0]["vs_latest"]["outcome"], "slower");
  EXPECT_EQ(j["attempts"][2]["vs_latest"]["comparable"], false);
  EXPECT_TRUE(j["attempts"][3]["vs_latest"].is_null());
  EXPECT_TRUE(j["attempts"][4]["vs_latest"].is_null());
  EXPECT_EQ(j["attempts"][3]["ratio_low"], 1.85);
  EXPECT_EQ(j["attempts"][3]["ratio_basis"], "fastio; package abc");
}

TEST(HistoryView, TextShowsFileLabelAndNoTimeForACompileError) {
  const std::string text = RenderHistoryText("top-k-frequent", Attempts(), Style{});
  EXPECT_NE(text.find("   id  when (UTC)            verdict     CPU ms    vs ref  file           label\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("    1  2026-11-02T10:00:00Z  CE               -         -  first.cpp      \n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("    2  2026-11-02T10:05:00Z  AC           812.5     2.50x  hash_heap.cpp  heap of size k\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("    3  2026-11-02T10:09:00Z  WA            40.0         -  -              \n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("did not compile"), std::string::npos);
}

TEST(HistoryView, JsonHasFileAndLabelAndNullTimeForACompileError) {
  const auto j = RenderHistoryJson("p", Attempts());
  ASSERT_EQ(j["attempts"].size(), 3u);
  EXPECT_TRUE(j["attempts"][0]["cpu_ms"].is_null());
  EXPECT_EQ(j["attempts"][0]["file"], "first.cpp");
  EXPECT_TRUE(j["attempts"][0]["label"].is_null());
  EXPECT_EQ(j["attempts"][1]["label"], "heap of size k");
  EXPECT_EQ(j["attempts"][1]["cpu_ms"], 812.5);
  EXPECT_EQ(j["attempts"][2]["file"], "");
}

TEST(HistoryView, ATeamHistoryOfSeveralCandidatesSaysWhoseEachAttemptIs) {
  auto attempts = Attempts();
  EXPECT_EQ(RenderHistoryText("p", attempts, Style{}).find(" by "), std::string::npos);  // local: nobody's
  for (auto& a : attempts) a.submitter = "alice";
  EXPECT_EQ(RenderHistoryText("p", attempts, Style{}).find(" by "), std::string::npos);  // one candidate's own
  attempts[2].submitter = "bob";
  attempts[2].machine = "AMD EPYC x2; Linux 6.18";
  const std::string text = RenderHistoryText("p", attempts, Style{});
  EXPECT_NE(text.find("    vs ref  by     file           label\n"), std::string::npos) << text;
  EXPECT_NE(text.find("     2.50x  alice  hash_heap.cpp  heap of size k\n"), std::string::npos) << text;
  EXPECT_NE(text.find("         -  bob    -              \n"), std::string::npos) << text;
  const auto j = RenderHistoryJson("p", attempts);
  EXPECT_EQ(j["attempts"][2]["submitter"], "bob");
  EXPECT_EQ(j["attempts"][2]["machine"], "AMD EPYC x2; Linux 6.18");
  EXPECT_TRUE(RenderHistoryJson("p", Attempts())["attempts"][0]["submitter"].is_null());
}

TEST(HistoryView, NoAttemptsSaysHowToMakeOne) {
  EXPECT_EQ(RenderHistoryText("p", {}, Style{}), "no attempts on p yet (judge submit p solution.cpp)\n");
}

}  // namespace
}  // namespace judge
