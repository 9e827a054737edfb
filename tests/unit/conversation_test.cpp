// interactive.h without processes: the conversation's bounds and the verdict's messages (the e2e
// interactive_test runs the real thing).
#include "judge/run/interactive.h"

#include <gtest/gtest.h>

#include <csignal>

namespace judge {
namespace {

TEST(Conversation, LinesArriveInPiecesAndKeepTheirOrder) {
  Conversation c;
  c.Add(true, "add 3 1");
  c.Add(true, " 2 3\nmedian?\n");
  c.Add(false, "2\r\n");
  c.Add(true, "end");
  c.Finish();
  const auto lines = c.Shown();
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_TRUE(lines[0].to_program);
  EXPECT_EQ(lines[0].text, "add 3 1 2 3");
  EXPECT_EQ(lines[1].text, "median?");
  EXPECT_FALSE(lines[2].to_program);
  EXPECT_EQ(lines[2].text, "2");
  EXPECT_EQ(lines[3].text, "end  (no newline at the end)");
  EXPECT_EQ(c.sent(), "add 3 1 2 3\nmedian?\nend");
  EXPECT_EQ(c.answered(), "2\r\n");
}

TEST(Conversation, AreCappedToTheirHeadAndTailWithTheGapCounted) {
  Conversation c;
  for (int i = 0; i < 1000; ++i) {
    c.Add(true, "q\n");
    c.Add(false, std::to_string(i) + "\n");
  }
  c.Add(false, std::string(5000, 'x') + "\n");
  c.Finish();
  const auto lines = c.Shown();
  ASSERT_EQ(lines.size(), Conversation::kHead + 1 + Conversation::kTail);
  EXPECT_EQ(c.total_lines(), 2001u);
  EXPECT_TRUE(lines[Conversation::kHead].gap);
  EXPECT_EQ(lines[Conversation::kHead].text, "... (1931 lines not shown)");
  EXPECT_EQ(lines.back().text, std::string(Conversation::kLineBytes, 'x') + "...");
  EXPECT_EQ(lines[lines.size() - 2].text, "999");
}

InteractiveRun Finished(sandbox::Termination t, int cpu_ms, checkers::ExternalResult::Outcome outcome,
                   std::string message, bool interactor_first = false) {
  InteractiveRun r;
  r.solution.termination = t;
  r.solution.cpu_time = std::chrono::milliseconds(cpu_ms);
  r.interactor.outcome = outcome;
  r.interactor.message = std::move(message);
  r.interactor_first = interactor_first;
  return r;
}

Limits TwoSecondWall() {
  Limits l;
  l.time_limit = std::chrono::milliseconds(1000);
  l.wall_time_limit = std::chrono::milliseconds(2000);
  return l;
}

// The "blank message" of an accepted interactive case: when the interactor ended first, the
// verdict came from the solution's own run and lost what the interactor said.
TEST(InteractiveVerdict, AnAcceptedCaseKeepsTheInteractorsMessageWhicheverEndedFirst) {
  using Outcome = checkers::ExternalResult::Outcome;
  for (bool first : {false, true}) {
    const RunVerdict v =
        InteractiveVerdict(Finished(sandbox::Termination::kExited, 5, Outcome::kAccepted, "20 queries answered", first),
                           TwoSecondWall());
    EXPECT_EQ(v.verdict, Verdict::kAccepted);
    EXPECT_EQ(v.message, "20 queries answered") << first;
  }
}

TEST(InteractiveVerdict, AWallTimeoutWithAlmostNoCpuNamesTheLikelyCause) {
  using Outcome = checkers::ExternalResult::Outcome;
  const RunVerdict idle =
      InteractiveVerdict(Finished(sandbox::Termination::kWallTime, 3, Outcome::kFailed, ""), TwoSecondWall());
  EXPECT_EQ(idle.verdict, Verdict::kTimeLimit);
  EXPECT_NE(idle.message.find("wall time limit 2000 ms exceeded"), std::string::npos) << idle.message;
  EXPECT_NE(idle.message.find("did not flush (flush after every answer: std::endl or fflush(stdout)), or for input "
                              "that never comes"),
            std::string::npos)
      << idle.message;
  const RunVerdict busy =
      InteractiveVerdict(Finished(sandbox::Termination::kWallTime, 900, Outcome::kFailed, ""), TwoSecondWall());
  EXPECT_EQ(busy.message.find("flush"), std::string::npos) << busy.message;  // it was computing
}

}  // namespace
}  // namespace judge
