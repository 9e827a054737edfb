// One run read at two time limits, and problemtools' rules for what a submission must get
// (judge/authoring/margin.h). Table-driven; no processes.
#include "judge/authoring/margin.h"

#include <gtest/gtest.h>

namespace judge {
namespace {

using std::chrono::milliseconds;

CaseResult Case(const std::string& name, Verdict v, double cpu_ms, std::string message = "", double wall_ms = -1) {
  CaseResult c;
  c.name = name;
  c.verdict = v;
  c.cpu_ms = cpu_ms;
  c.wall_ms = wall_ms < 0 ? cpu_ms : wall_ms;
  c.message = std::move(message);
  return c;
}

Report Made(std::vector<CaseResult> cases) {
  Report r;
  r.compile.ok = true;
  r.cases = std::move(cases);
  r.verdict = OverallVerdict(r.cases);
  return r;
}

Expectation Folder(const std::string& folder, bool kattis = true) { return *ExpectationOf(folder, "", kattis); }

TEST(VerdictAt, ACaseSlowerThanTheLimitIsTleThereAndKeepsItsVerdictAtTheMargin) {
  // A wall-clock spinner in wrong_answer/: 1.5 s of CPU, then a wrong answer.
  const Report run = Made({Case("sample/1", Verdict::kAccepted, 3), Case("secret/1", Verdict::kWrongAnswer, 1500, "line 1")});
  const TwoLimits two = AtBothLimits(run, milliseconds(1000), milliseconds(2000), true);
  EXPECT_EQ(two.at_limit.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(two.at_limit.detail, "TLE on secret/1: CPU 1500 ms over the 1000 ms limit");
  EXPECT_EQ(two.at_margin.verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(two.at_margin.detail, "WA on secret/1: line 1");
}

TEST(VerdictAt, TheFirstCaseFailingAtTheLimitDecidesEvenIfItPassesAtTheMargin) {
  const Report run = Made({Case("secret/1", Verdict::kAccepted, 1200), Case("secret/2", Verdict::kRuntimeError, 5, "exit code 1")});
  EXPECT_EQ(VerdictAt(run, milliseconds(1000), false).verdict, Verdict::kTimeLimit);
  EXPECT_EQ(VerdictAt(run, milliseconds(1500), false).verdict, Verdict::kRuntimeError);
}

TEST(VerdictAt, AKillAtTheMarginIsTleAtBoth) {
  const Report run = Made({Case("secret/1", Verdict::kTimeLimit, 2001, "CPU time limit 2000 ms exceeded")});
  const TwoLimits two = AtBothLimits(run, milliseconds(1000), milliseconds(2000), true);
  EXPECT_EQ(two.at_limit.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(two.at_margin.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(two.at_margin.detail, "TLE on secret/1: CPU time limit 2000 ms exceeded");
}

TEST(VerdictAt, ASleepPastTheLimitsWallLimitIsTleThereInNativePackages) {
  // The wall limit that goes with 1000 ms is 3000 ms; with 2000 ms it is 5000 ms.
  const Report run = Made({Case("secret/1", Verdict::kAccepted, 2, "", 4000)});
  EXPECT_EQ(VerdictAt(run, milliseconds(1000), true).detail,
            "TLE on secret/1: wall time 4000 ms over the 3000 ms wall limit");
  EXPECT_EQ(VerdictAt(run, milliseconds(2000), true).verdict, Verdict::kAccepted);
  // Kattis packages: CPU time alone, as problemtools (a wall time this long on a loaded machine
  // says nothing about the program).
  EXPECT_EQ(VerdictAt(run, milliseconds(1000), false).verdict, Verdict::kAccepted);
}

// problemtools' guess/wrong_answer/guess_tle.cc: a bad guess, then a spin until killed. The
// interactor's WA came first and stands at both limits.
TEST(VerdictAt, AnInteractorsEarlyRejectionIsWrongAnswerAtEveryLimit) {
  CaseResult c = Case("secret/01", Verdict::kWrongAnswer, 3634, "Guess 1 is out of range: -1", 9100);
  c.rejected_first = true;
  const Report run = Made({c});
  const TwoLimits two = AtBothLimits(run, milliseconds(1000), milliseconds(4000), false);
  EXPECT_EQ(two.at_limit.verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(two.at_limit.detail, "WA on secret/01: Guess 1 is out of range: -1");
  EXPECT_EQ(two.at_margin.verdict, Verdict::kWrongAnswer);
}

TEST(VerdictAt, CompileErrorIsCompileErrorAtEveryLimit) {
  Report run;
  run.verdict = Verdict::kCompileError;
  run.compile.log = "sol.cpp:1:1: error: 'x' was not declared\nmore\n";
  EXPECT_EQ(VerdictAt(run, milliseconds(1000), false).verdict, Verdict::kCompileError);
  EXPECT_EQ(VerdictAt(run, milliseconds(1000), false).detail, "CE: sol.cpp:1:1: error: 'x' was not declared");
}

struct Row {
  const char* name;
  const char* folder;
  Verdict at_limit, at_margin;
  bool kattis;
  bool ok, extra_time;
  const char* error;    // "" for none
  const char* warning;  // "" for none
};

class DecideTable : public ::testing::TestWithParam<Row> {};

TEST_P(DecideTable, FollowsTheFormatsRules) {
  const Row& row = GetParam();
  TwoLimits two;
  two.at_limit = {row.at_limit, row.at_limit == Verdict::kAccepted ? "" : std::string(VerdictCode(row.at_limit)) + " on secret/1"};
  two.at_margin = {row.at_margin, ""};
  two.limit = milliseconds(1000);
  two.margin_limit = milliseconds(2000);
  const std::string path = std::string("submissions/") + row.folder + "/x.cpp";
  const Judgement j = Decide(path, Folder(row.folder, row.kattis), two, 300, 2, row.kattis);
  EXPECT_EQ(j.ok, row.ok);
  EXPECT_EQ(j.extra_time, row.extra_time);
  EXPECT_EQ(j.errors.empty() ? "" : j.errors.front(), std::string(row.error));
  EXPECT_EQ(j.warnings.empty() ? "" : j.warnings.front(), std::string(row.warning));
}

constexpr Verdict AC = Verdict::kAccepted, WA = Verdict::kWrongAnswer, TLE = Verdict::kTimeLimit,
                  RE = Verdict::kRuntimeError;

INSTANTIATE_TEST_SUITE_P(
    Decide, DecideTable,
    ::testing::Values(
        Row{"KattisMatchIsOk", "wrong_answer", WA, WA, true, true, false, "", ""},
        // problemtools: "WA submission ... OK with extra time", and a warning, never an error.
        Row{"KattisWrongAnswerAtTheMarginIsOkWithExtraTime", "wrong_answer", TLE, WA, true, true, true, "",
            "submissions/wrong_answer/x.cpp sensitive to time limit: limit of 1 secs -> TLE, limit of 2 secs -> WA"},
        Row{"KattisCrashAtTheMarginIsOkWithExtraTime", "run_time_error", TLE, RE, true, true, true, "",
            "submissions/run_time_error/x.cpp sensitive to time limit: limit of 1 secs -> TLE, limit of 2 secs -> RE"},
        Row{"KattisAcceptedAtTheMarginIsOkWithExtraTime", "accepted", TLE, AC, true, true, true, "",
            "submissions/accepted/x.cpp sensitive to time limit: limit of 1 secs -> TLE, limit of 2 secs -> AC"},
        // A TLE submission that passes at the margin: OK (it is TLE at the limit), with a warning.
        Row{"KattisTleThatPassesAtTheMarginWarns", "time_limit_exceeded", TLE, AC, true, true, false, "",
            "submissions/time_limit_exceeded/x.cpp sensitive to time limit: limit of 1 secs -> TLE, limit of 2 secs -> AC"},
        Row{"KattisMismatchAtBothIsAnError", "wrong_answer", AC, AC, true, false, false,
            "submissions/wrong_answer/x.cpp gets AC; expected WA", ""},
        Row{"KattisTleWhereWrongAnswerWasExpectedIsAnError", "wrong_answer", TLE, TLE, true, false, false,
            "submissions/wrong_answer/x.cpp gets TLE on secret/1; expected WA", ""},
        // Native packages keep the stricter rules: the verdict at the limit decides ...
        Row{"NativeWrongAnswerOnlyAtTheMarginIsAnError", "wrong_answer", TLE, WA, false, false, false,
            "submissions/wrong_answer/x.cpp gets TLE on secret/1; expected WA", ""},
        // ... and a TLE submission must still fail with the margin.
        Row{"NativeTleThatPassesAtTheMarginIsAnError", "time_limit_exceeded", TLE, AC, false, false, false,
            "submissions/time_limit_exceeded/x.cpp passes with the limit x 2 (2000 ms; max CPU 300 ms): the time "
            "limit 1000 ms is too close to it",
            ""},
        Row{"NativeTleAtBothIsOk", "time_limit_exceeded", TLE, TLE, false, true, false, "", ""}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Decide, NativeAcceptedCloseToTheLimitWarns) {
  TwoLimits two{{AC, ""}, {AC, ""}, milliseconds(1000), milliseconds(1500)};
  const Judgement j = Decide("submissions/accepted/x.cpp", Folder("accepted", false), two, 800, 1.5, false);
  EXPECT_TRUE(j.ok);
  ASSERT_EQ(j.warnings.size(), 1u);
  EXPECT_EQ(j.warnings[0], "submissions/accepted/x.cpp is sensitive to the time limit: max CPU 800 ms against a limit "
                           "of 1000 ms (safety margin x 1.5)");
}

}  // namespace
}  // namespace judge
