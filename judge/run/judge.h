// compile -> for each case: run -> classify -> check -> Report. Prints nothing; an Observer
// hears about progress so the CLI can draw its live line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/check/external.h"
#include "judge/run/compiler.h"
#include "judge/packages/problem.h"
#include "judge/packages/testdata.h"
#include "judge/run/verdict.h"

namespace judge {

// One node of a distributed case (ProblemKind::kDistributed).
struct NodeResult {
  int id = 0;
  Verdict verdict = Verdict::kAccepted;  // its own run's (the relay's failure is the case's)
  double cpu_ms = 0;
  double wall_ms = 0;
  uint64_t memory_kb = 0;
  std::optional<int> exit_code;
  std::optional<std::string> signal;
  bool stopped = false;  // the judge ended it because the case was already decided
  uint64_t messages_sent = 0, bytes_sent = 0, messages_received = 0, bytes_received = 0;
  std::string stderr_text;  // kept only with JudgeOptions::keep_io
};

struct CaseResult {
  std::string name;
  bool sample = false;
  Verdict verdict = Verdict::kJudgeError;
  double cpu_ms = 0;
  double wall_ms = 0;
  uint64_t memory_kb = 0;
  std::optional<int> exit_code;
  std::optional<std::string> signal;
  std::string message;
  // Interactive: the interactor rejected before the program ended, so this WA stands at any
  // time limit (interactive.h RejectedFirst); judge verify reads it at two limits.
  bool rejected_first = false;
  // Everything the program wrote to stderr (at most 64 KiB of it is kept): writing debug
  // output costs time, so the report names a large volume.
  uint64_t stderr_bytes = 0;
  // Set when the first run's CPU time was within 15% of the limit and the case was re-run
  // (JudgeOptions::borderline_reruns): how many runs in all, how many went over the limit.
  // The verdict stays the first run's; this only says how stable it is.
  struct Borderline {
    int runs = 0;
    int over = 0;
  };
  std::optional<Borderline> borderline;
  // Kept only with JudgeOptions::keep_io (judge test, samples): what the case was and did.
  std::string input, expected, actual, stderr_text;
  // Interactive cases with keep_io: the exchange as the program saw it, one line each, "> " for
  // a line it was sent and "< " for a line it wrote, capped (interactive.h Conversation);
  // `input` is then what it was sent and `actual` what it wrote.
  std::optional<std::vector<std::string>> conversation;
  // Distributed cases: every node (cpu_ms and memory_kb above are the slowest node's and the
  // largest), and with keep_io the relay's message log.
  std::vector<NodeResult> nodes;
  std::vector<std::string> node_log;
};

struct CompileInfo {
  bool ok = false;
  bool cached = false;
  double wall_ms = 0;
  double pch_wall_ms = 0;  // non-zero when this compile first built the precompiled header
  std::string log;
};

struct Summary {
  int passed = 0;
  int total = 0;    // every case of the run, including those skipped or not reached
  double cpu_ms = 0;
  uint64_t max_memory_kb = 0;
  std::string slowest_case;
  double slowest_cpu_ms = 0;
};

struct Report {
  std::string problem;
  std::string title;
  Verdict verdict = Verdict::kJudgeError;
  std::optional<int64_t> attempt;
  CompileInfo compile;
  std::vector<CaseResult> cases;
  Summary summary;
  Limits limits;
  // The form the file was judged in ("stdio", "function" or "class"; judge/run/function.h
  // Form) and the forms the problem offers ("stdio+class"); both empty for interactive and
  // distributed problems.
  std::string form;
  std::string forms;
  int nodes = 0;                            // a distributed problem's node count (limits are per node)
  std::vector<std::string> missing_layers;  // non-empty: the run was not fully sandboxed
  std::vector<std::string> accuracy;        // notes of the measurement fallbacks used (accuracy.h)
  std::string save_error;                   // history could not be written; the verdict stands
  // Cases not run because the solution had already timed out on several cases
  // (JudgeOptions::skip_after_timeouts), in test order, and why.
  std::vector<std::string> skipped;
  std::string skipped_reason;
};

class Observer {
 public:
  virtual ~Observer() = default;
  virtual void OnPhase(std::string_view) {}
  virtual void OnCaseStart(size_t /*index*/, size_t /*total*/, const TestCase&) {}
  virtual void OnCaseDone(size_t /*index*/, size_t /*total*/, const CaseResult&) {}
};

struct JudgeOptions {
  bool samples_only = false;
  bool keep_io = false;       // keep input/expected/actual/stderr in CaseResult
  bool fail_fast = false;     // stop at the first failing case
  std::optional<std::chrono::milliseconds> time_limit;  // overrides the problem's CPU limit
  bool allow_unsandboxed = false;
  // A case whose CPU time is within +-15% of the limit (AC, or a TLE that ended on its own)
  // runs this many more times; CaseResult::borderline then counts the runs over the limit. A run
  // the judge killed at the CPU or wall limit is a TLE without re-runs: it could not finish.
  // 0 (the default) re-runs nothing.
  int borderline_reruns = 0;
  // Once this many cases were killed at the time limit (CPU or wall), every later case whose
  // input is at least as large as the smallest input that timed out is skipped
  // (Report::skipped): it costs a whole limit and cannot change the verdict, which is the first
  // failing case's. 0 (the default) runs everything (`submit --all`).
  int skip_after_timeouts = 0;
};

// Stdio and function problems: the solution is one program reading a case on stdin, which
// timing (compare, the speed ladder) and stress can run on its own. Interactive and
// distributed problems need their interactor or their other nodes.
inline bool IsSingleProgram(const Problem& problem) {
  return problem.kind == ProblemKind::kStdio || problem.kind == ProblemKind::kFunction;
}

// The sandbox request that runs the compiled solution (/box/prog) on one case under the
// problem's limits. Every timed or judged run of a case goes through here.
sandbox::RunRequest CaseRequest(const Problem& problem, const TestCase& tc);

// CaseRequest with the case's input opened beneath the package root (judge/packages/package_dir.h)
// and handed to the box as an open descriptor (stdin_fd), so the solution reads the very file
// that was checked, even if the package changed since it was loaded.
Result<sandbox::RunRequest> OpenedCaseRequest(const Problem& problem, const TestCase& tc);

checkers::CheckResult Check(const CheckerSpec& checker, std::string_view expected, std::string_view actual);

// A custom checker's answer as a verdict: accept -> AC, reject -> WA, points -> PAC with the
// score in the message, anything else (crash, timeout, outside its protocol) -> JE.
RunVerdict CheckerVerdict(const checkers::ExternalResult& result);

// The submission's verdict: its first failing case in test order, or AC.
Verdict OverallVerdict(const std::vector<CaseResult>& cases);

class Judge {
 public:
  Judge(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata)
      : sandbox_(&sandbox), compiler_(&compiler), testdata_(&testdata) {}

  Result<Report> Run(Problem problem, const SourceFile& source, const JudgeOptions& options,
                     Observer* observer = nullptr);

  // What it judges with, for a second Judge that shares them (judge verify's parallel workers).
  sandbox::Sandbox& sandbox() const { return *sandbox_; }
  Builder& builder() const { return *compiler_; }
  TestData& testdata() const { return *testdata_; }

 private:
  sandbox::Sandbox* sandbox_;
  Builder* compiler_;
  TestData* testdata_;
};

}  // namespace judge
