#include "judge/run/verdict.h"

#include <gtest/gtest.h>

#include <csignal>

namespace judge {
namespace {

using sandbox::Termination;
using std::chrono::microseconds;
using std::chrono::milliseconds;

sandbox::RunResult Run(Termination t, int code_or_signal = 0, int64_t cpu_ms = 10) {
  sandbox::RunResult r;
  r.termination = t;
  if (t == Termination::kExited) r.exit_code = code_or_signal;
  else r.signal = code_or_signal;
  r.cpu_time = microseconds(cpu_ms * 1000);
  return r;
}

struct Row {
  const char* name;
  sandbox::RunResult run;
  Verdict verdict;
  const char* message;
};

class ClassifyTable : public ::testing::TestWithParam<Row> {};

TEST_P(ClassifyTable, GivesVerdictAndMessage) {
  Limits limits;
  limits.time_limit = milliseconds(1000);
  limits.wall_time_limit = milliseconds(3000);
  limits.memory_bytes = 256ull << 20;
  limits.output_bytes = 64ull << 20;
  const RunVerdict v = Classify(GetParam().run, limits);
  EXPECT_EQ(VerdictCode(v.verdict), std::string(VerdictCode(GetParam().verdict)));
  EXPECT_EQ(v.message, GetParam().message);
}

// Output past the limit that the sandbox cut and dropped (Limits::truncate_output).
sandbox::RunResult Truncated(Termination t, int code_or_signal = 0, int64_t cpu_ms = 10) {
  auto r = Run(t, code_or_signal, cpu_ms);
  r.stdout_truncated = true;
  return r;
}

sandbox::RunResult Blocked() {
  auto r = Run(Termination::kBlockedSyscall);
  r.blocked_syscall = "socket";
  return r;
}

INSTANTIATE_TEST_SUITE_P(
    Classify, ClassifyTable,
    ::testing::Values(
        Row{"CleanExit", Run(Termination::kExited, 0), Verdict::kAccepted, ""},
        Row{"NonZeroExit", Run(Termination::kExited, 3), Verdict::kRuntimeError, "exit code 3"},
        Row{"Segfault", Run(Termination::kSignaled, SIGSEGV), Verdict::kRuntimeError, "killed by SIGSEGV"},
        Row{"SelfKillIsNotTle", Run(Termination::kSignaled, SIGKILL), Verdict::kRuntimeError, "killed by SIGKILL"},
        Row{"CpuLimit", Run(Termination::kCpuTime, SIGKILL, 1005), Verdict::kTimeLimit, "CPU time limit 1000 ms exceeded"},
        Row{"WallLimit", Run(Termination::kWallTime, SIGKILL, 2), Verdict::kTimeLimit,
            "wall time limit 3000 ms exceeded (CPU 2 ms: waiting, sleeping or blocked)"},
        Row{"CpuOverLimitButExited", Run(Termination::kExited, 0, 1001), Verdict::kTimeLimit,
            "CPU time limit 1000 ms exceeded"},
        Row{"TleBeatsMemory", Run(Termination::kMemory, SIGKILL, 1500), Verdict::kTimeLimit,
            "CPU time limit 1000 ms exceeded"},
        Row{"Memory", Run(Termination::kMemory, SIGKILL), Verdict::kMemoryLimit, "memory limit 256 MiB exceeded"},
        Row{"Output", Run(Termination::kOutput, SIGKILL), Verdict::kOutputLimit, "output limit 64 MiB exceeded"},
        Row{"BlockedSyscall", Blocked(), Verdict::kRuntimeError, "blocked system call: socket"},
        Row{"TruncatedThenCleanExitIsOutputLimit", Truncated(Termination::kExited, 0), Verdict::kOutputLimit,
            "output limit 64 MiB exceeded (the output was cut there)"},
        Row{"TruncatedThenCrashIsRuntimeError", Truncated(Termination::kSignaled, SIGSEGV), Verdict::kRuntimeError,
            "killed by SIGSEGV"},
        Row{"TruncatedThenNonZeroExitIsRuntimeError", Truncated(Termination::kExited, 1), Verdict::kRuntimeError,
            "exit code 1"},
        Row{"TruncatedEndlessPrinterIsTimeLimit", Truncated(Termination::kCpuTime, SIGKILL, 1003),
            Verdict::kTimeLimit, "CPU time limit 1000 ms exceeded"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(Precedence, FollowsTheContract) {
  const Verdict order[] = {Verdict::kJudgeError, Verdict::kTimeLimit, Verdict::kMemoryLimit, Verdict::kOutputLimit,
                           Verdict::kRuntimeError, Verdict::kWrongAnswer, Verdict::kAccepted};
  for (size_t i = 0; i + 1 < std::size(order); ++i)
    EXPECT_GT(Precedence(order[i]), Precedence(order[i + 1])) << VerdictCode(order[i]);
}

TEST(VerdictCode, RoundTrips) {
  for (const char* code : {"AC", "PAC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "JE"}) {
    auto v = ParseVerdictCode(code);
    ASSERT_TRUE(v) << code;
    EXPECT_STREQ(VerdictCode(*v), code);
  }
  EXPECT_FALSE(ParseVerdictCode("XX"));
}

}  // namespace
}  // namespace judge
