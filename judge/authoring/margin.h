// One run, two time limits: judge verify runs a submission once with the CPU limit at the time
// limit x time_limit_to_tle (problemtools' "safety margin", timelim_high) and reads its verdict
// at both limits, as problemtools' verifyproblem does (TestCase._run_submission_real: res and
// res_high). Then it decides whether the submission got what its folder allows: problemtools'
// rules for Kattis packages, the stricter native rules otherwise. Pure functions: no process.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "judge/authoring/submissions.h"
#include "judge/run/judge.h"

namespace judge {

struct LimitVerdict {
  Verdict verdict = Verdict::kJudgeError;
  std::string detail;  // "TLE on secret/3: CPU 1503 ms over the 1000 ms limit"; empty when AC
};

// The verdict `run` would have had with the CPU limit `limit`, when it ran with a CPU limit at
// least that long: a case that took longer is TLE, every other case keeps its verdict, and the
// first failing case in test order decides. `wall_limit`: also the wall limit that goes with
// `limit` (2 x limit + 1 s; native packages); Kattis packages are judged on CPU time alone, as
// problemtools does (the run's own wall limit still stopped sleepers). An interactor's WA that
// came before the program ended stays WA (CaseResult::rejected_first).
LimitVerdict VerdictAt(const Report& run, std::chrono::milliseconds limit, bool wall_limit);

// The highest CPU time of the cases that ran.
double MaxCpuMs(const Report& run);

struct TwoLimits {
  LimitVerdict at_limit;   // problemtools' res: at the time limit
  LimitVerdict at_margin;  // res_high: at limit x time_limit_to_tle
  std::chrono::milliseconds limit{0};
  std::chrono::milliseconds margin_limit{0};
};

TwoLimits AtBothLimits(const Report& run, std::chrono::milliseconds limit, std::chrono::milliseconds margin_limit,
                       bool wall_limit);

struct Judgement {
  bool ok = false;
  bool extra_time = false;            // ok only at the margin: problemtools' "OK with extra time"
  std::vector<std::string> errors;    // each makes the package invalid
  std::vector<std::string> warnings;
};

// Whether a submission got what it must.
//   kattis (problemtools, checks/submissions.py _check_submission): OK when the verdict at the
//     limit is allowed, else "OK with extra time" when the one at the margin is, else an error;
//     a verdict that differs between the two limits is a warning ("sensitive to time limit"),
//     never an error, so a TLE submission that passes at the margin warns.
//   native: the verdict at the limit must be allowed; a submission that must exceed the time
//     limit may not pass at the margin (an error), and an accepted one whose CPU time times the
//     margin is over the limit warns.
Judgement Decide(const std::string& path, const Expectation& expected, const TwoLimits& got, double max_cpu_ms,
                 double margin, bool kattis);

}  // namespace judge
