// judge verify: checks a package the way Kattis' verifyproblem does. Every submission under
// submissions/<folder>/ must get its folder's verdict (or one of the verdicts of its
// @EXPECTED_RESULTS@ line), every input validator must accept every case, and the time limit is
// either the package's (then the slowest accepted submission is reported against it) or derived
// on this machine from the slowest accepted submission x ac_to_time_limit, rounded up to whole
// seconds, and cached in $JUDGE_HOME/cache/timelimits. Submissions that must exceed the time
// limit are judged again at limit x time_limit_to_tle and must still fail.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/run/judge.h"

namespace judge {

// What a submission must get. `verdicts` empty with `any_rejection`: any verdict but AC
// (Kattis' "rejected" folder).
struct Expectation {
  std::vector<Verdict> verdicts;
  bool any_rejection = false;
  std::string Text() const;  // "WA", "AC or WA", "not AC"
  bool Allows(Verdict v) const;
};

// The expectation of a submission from its folder name and, when present, an
// "@EXPECTED_RESULTS@: ACCEPTED, WRONG_ANSWER" line in its source (DOMjudge and Kattis names).
// `kattis`: run_time_error also allows MLE (Kattis reports memory exhaustion as RTE).
// nullopt: an unknown folder without an annotation.
std::optional<Expectation> ExpectationOf(const std::string& folder, std::string_view source, bool kattis);

struct SubmissionCheck {
  std::string path;       // relative to the package: "submissions/accepted/sol.cpp"
  Expectation expected;
  Verdict got = Verdict::kJudgeError;
  bool ok = false;
  double max_cpu_ms = 0;
  std::string detail;     // "WA on sample/1: line 1 ...", empty when AC
};

struct VerifyReport {
  std::string problem;
  bool ok = true;
  bool misbehaved = false;   // a program of the package (checker, validator) failed: exit 3
  std::chrono::milliseconds time_limit{0};
  std::string time_limit_origin;   // "problem.toml", "problem.yaml", "derived", "cached", ...
  double slowest_accepted_ms = 0;
  std::vector<SubmissionCheck> submissions;
  std::vector<std::string> errors;    // what makes the package invalid, one line each
  std::vector<std::string> warnings;
};

struct VerifyOptions {
  bool allow_unsandboxed = false;
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
