// One submission judged the way `judge submit` and `judge test` judge it: the judge run, the
// speed ladder of an accepted attempt, the attempt record and the printed output. The local
// commands and the team's workers (team.h) both go through here, so a worker judges exactly as
// a local submit does, with the same sandbox, options and rendering.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "judge/cli/report.h"
#include "judge/cli/workbench.h"
#include "judge/run/judge.h"
#include "judge/store/store.h"
#include "judge/timing/timing.h"

namespace judge {

struct SubmitArgs {
  std::string problem;
  std::string solution;
  bool json = false;
  double time_limit = 0;  // seconds; 0: the problem's
  bool no_save = false;
  bool no_ladder = false;
  bool fail_fast = false;
  bool allow_unsandboxed = false;
  std::string label;
  bool all = false;  // --all: run every case, even those at least as large as one that timed out
  // Team server (team.h): the database, and whether to return once the job is queued.
  std::string db;
  bool no_wait = false;
};

// The checks of the flags that need no judging: --time-limit in [0, 600], --label one line of
// at most 200 bytes. kUsage errors.
Result<void> CheckSubmitArgs(const SubmitArgs& args);

struct Submission {
  Report report;
  std::optional<Ladder> ladder;
  std::string ladder_error;
  std::optional<Attempt> attempt;  // what to store; empty for `judge test` and --no-save
};

// Judges `source` (already through WithHarness) on `problem`, whose limits are the ones that
// apply (a derived limit already filled in by the caller), then times an accepted stdio or
// function solution against the references (unless samples_only, --no-save or --no-ladder) and
// builds the attempt. `interrupted` is polled between phases and by the ladder: true ends the
// submission with a kInterrupted error. Candidate outcomes (CE, WA, ...) are in the report.
Result<Submission> JudgeSubmission(Workbench& bench, const Problem& problem, const SourceFile& source,
                                   const SubmitArgs& args, bool samples_only, Observer* observer,
                                   const std::function<bool()>& interrupted);

struct SubmitOutput {
  std::string out;  // stdout: the report, or with --json the one JSON document
  std::string err;  // stderr
  int exit_code = 0;
};

// What `judge submit` (or `judge test`) prints for `s`, and its exit code. The report's
// `attempt` and `save_error` are as the caller set them after storing the attempt.
SubmitOutput RenderSubmission(const Submission& s, bool json, bool samples_only, const Style& style);

}  // namespace judge
