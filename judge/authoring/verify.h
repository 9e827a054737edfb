// judge verify: checks a package the way Kattis' verifyproblem does. Every submission under
// submissions/<folder>/ (a file, or a folder of files compiled together) must get its folder's
// verdict (or one of the verdicts of its @EXPECTED_RESULTS@ line), every input validator must
// accept every case, and the time limit is either the package's (for Kattis packages scaled by
// this machine's speed factor, speed.h) or derived on this machine from the slowest accepted
// submission x ac_to_time_limit, rounded up to whole seconds, and cached in
// $JUDGE_HOME/cache/timelimits.
//
// Each submission runs once, with the CPU limit at the time limit x time_limit_to_tle (the
// safety margin), and stops at its first failing case unless VerifyOptions::all_cases; its
// verdict is read at both limits (margin.h). Accepted submissions and those that may be too
// slow run one at a time; with VerifyOptions::jobs > 1 the others run in parallel, and one
// whose run came near the time limit runs again alone, so no verdict depends on a neighbour.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/authoring/submissions.h"
#include "judge/run/judge.h"

namespace judge {

struct SubmissionCheck {
  std::string path;       // relative to the package: "submissions/accepted/sol.cpp"
  Expectation expected;
  Verdict got = Verdict::kJudgeError;              // at the time limit
  Verdict got_with_margin = Verdict::kJudgeError;  // at the time limit x time_limit_to_tle
  bool ok = false;
  bool extra_time = false;  // ok only with the margin (problemtools' "OK with extra time")
  double max_cpu_ms = 0;
  std::string detail;     // "WA on sample/1: line 1 ...", empty when AC
  std::chrono::milliseconds elapsed{0};  // wall time of its judging
};

struct VerifyReport {
  std::string problem;
  bool ok = true;
  bool misbehaved = false;   // a program of the package (checker, validator) failed: exit 3
  std::chrono::milliseconds time_limit{0};         // what verdicts were judged at
  std::chrono::milliseconds margin_time_limit{0};  // time_limit x time_limit_to_tle: the runs' CPU limit
  std::string time_limit_origin;   // "problem.toml", "problem.yaml", "derived", "cached", ...
  // Kattis packages with an explicit limit: the package's limit and this machine's speed factor
  // (time_limit = package_time_limit x speed_factor); 1 and the same limit otherwise.
  std::chrono::milliseconds package_time_limit{0};
  double speed_factor = 1;
  std::string speed_origin;        // "measured: best 201 ms against 180 ms", "--speed-factor", ""
  double slowest_accepted_ms = 0;
  std::vector<SubmissionCheck> submissions;
  std::vector<std::string> errors;    // what makes the package invalid, one line each
  std::vector<std::string> warnings;
  std::chrono::milliseconds elapsed{0};  // the whole verify
  int jobs = 1;
  std::vector<std::string> accuracy;  // notes of the measurement fallbacks used (run/accuracy.h)
};

struct VerifyOptions {
  bool allow_unsandboxed = false;
  bool all_cases = false;  // run every case of every submission (--all), not up to its first failure
  int jobs = 1;            // submissions judged at once where no timing is at stake (--jobs)
  std::optional<double> speed_factor;  // instead of measuring this machine (--speed-factor); 1: off
};

Result<VerifyReport> Verify(Problem problem, Judge& judge, TestData& testdata, const std::filesystem::path& home,
                            const VerifyOptions& options, Observer* observer = nullptr);

// The time limit verify derived for `problem` on this machine, if any.
std::optional<std::chrono::milliseconds> CachedTimeLimit(const Problem& problem, const std::filesystem::path& home);

// For packages without a time limit: the cached derived one (true), else false (the loader's
// placeholder stays).
bool ApplyCachedTimeLimit(Problem& problem, const std::filesystem::path& home);

nlohmann::json RenderVerifyJson(const VerifyReport& report);
std::string RenderVerifyText(const VerifyReport& report);

// 0 valid, 1 mismatch, 3 a package program misbehaved.
int VerifyExitCode(const VerifyReport& report);

}  // namespace judge
