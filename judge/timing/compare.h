// `judge compare`: a noise-aware runtime comparison of two programs on one problem, and the
// empirical scaling check (--scaling). Both measure through timing.h; this file resolves what
// A and B are, decides when to stop, and renders the results. Prints nothing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "judge/run/compiler.h"
#include "judge/store/store.h"
#include "judge/packages/problem.h"
#include "judge/timing/stats.h"
#include "judge/packages/testdata.h"
#include "judge/timing/timing.h"

namespace judge {

// One side of a comparison, as the user named it.
struct CompareSide {
  std::string spec;     // what was typed: "12", "#12", "ref", "sol.cpp"
  std::string label;    // "attempt #12 (hash_heap.cpp, "two heaps")", "ref (hash_nth_element_fastio.cpp)", "sol.cpp"
  std::optional<std::int64_t> attempt;
  std::string file;                          // the solution's file name ("" for an attempt saved before v2)
  std::optional<std::string> attempt_label;  // an attempt's `submit --label`
  SourceFile source;
  std::string source_sha256;
};

// Resolves `spec`: all digits (optionally after '#') is an attempt id in `history` (the local or
// the team history; null when no history exists); "ref" is the problem's reference (problem.reference when the
// package names one or has generated cases, else the first submissions/accepted/*.cpp by name);
// anything else is a path to a .cpp file. Unknown ids and unreadable files are kUsage errors.
Result<CompareSide> ResolveSide(const std::string& spec, const Problem& problem, AttemptStore* history);

struct CaseComparison {
  std::string name;
  double a_ms = 0;  // median CPU ms over the rounds
  double b_ms = 0;
  RatioEstimate ratio;  // b / a
};

struct Comparison {
  std::string problem;
  CompareSide a, b;
  bool compiled = true;        // false: a side did not compile (compile_log says which)
  std::string compile_log;
  std::optional<TimingFailure> failure;  // a side did not pass a case; program 0 = A, 1 = B
  std::vector<CaseComparison> cases;
  double a_total_ms = 0, b_total_ms = 0;  // medians of per-round totals
  RatioEstimate ratio;
  Conclusion conclusion = Conclusion::kIndistinguishable;
  double threshold = 0.03;                     // the practical threshold (CompareOptions)
  Practical practical = Practical::kStraddles;  // the interval against that threshold
  int rounds = 0;
  double seconds = 0;
  double budget_seconds = 0;
  bool precision_reached = false;
  std::uint64_t seed = 0;
  std::string pinning;
  std::vector<std::string> accuracy;  // notes of the measurement fallbacks used (run/accuracy.h)
};

struct CompareOptions {
  std::chrono::milliseconds budget{60'000};
  std::uint64_t seed = 1;
  double precision = 0.03;  // stop when the overall interval is within +-precision
  double threshold = 0.03;  // the practical threshold a resolved difference is measured against
  bool allow_unsandboxed = false;
  std::function<void(std::string_view)> progress;
  std::function<bool()> interrupted;
};

// Compiles both sides (cached), materialises the problem's test data, pins to one core, and
// measures A and B interleaved until the overall interval is within +-precision or the budget
// runs out. Candidate failures (CE, a non-AC case) are in the Comparison; errors are judge errors.
Result<Comparison> RunCompare(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, Problem problem,
                              CompareSide a, CompareSide b, const CompareOptions& options);

// "B is 1.310x slower than A [1.270, 1.350], 95% CI, 14 rounds"; a resolved difference whose
// whole interval lies within the practical threshold says "within the 3% practical threshold",
// one whose interval crosses it says that this is not settled.
std::string ConclusionSentence(const RatioEstimate& ratio, Conclusion conclusion, int rounds,
                               double threshold = 0.03);

// The per-case table, the totals and the conclusion line.
std::string RenderCompareText(const Comparison& c);

// CONTRACT.md: schema, problem, a, b, ratio, conclusion, runs; per-case details under "cases";
// "threshold" (a fraction) and "within_threshold": true (the whole interval within it), false
// (the whole interval beyond it) or null (the interval crosses it).
nlohmann::json RenderCompareJson(const Comparison& c);

// --- Scaling ---------------------------------------------------------------------------

struct ScalingPoint {
  double n = 0;
  double a_ms = 0;  // median CPU ms
  double b_ms = 0;
};

struct Scaling {
  std::string problem;
  CompareSide a, b;
  std::string generator;
  std::vector<std::string> base_args;  // the biggest generated case's args
  std::vector<ScalingPoint> points;
  double a_slope = 0, b_slope = 0;     // LogLogSlope of time against n
  std::optional<TimingFailure> failure;
  bool compiled = true;
  std::string compile_log;
  int rounds = 0;
  std::vector<std::string> accuracy;
};

// The size ladder n/16, n/8, n/4, n/2, n from the [[generated]] case with the largest "--n"
// argument (the convention: a generator's size argument is spelled --n). Empty args or no --n:
// a kBadPackage error. Returns the args for each size, smallest first.
Result<std::vector<std::pair<double, std::vector<std::string>>>> ScalingLadder(const Problem& problem,
                                                                              std::string* generator);

// Generates the ladder's inputs (and answers, via TestData and the reference, all cached),
// times A and B interleaved at every size and fits the slopes.
Result<Scaling> RunScaling(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, Problem problem,
                           CompareSide a, CompareSide b, const CompareOptions& options);

// "A grows like n^1.92, B like n^1.04" plus a table of sizes and times.
std::string RenderScalingText(const Scaling& s);
nlohmann::json RenderScalingJson(const Scaling& s);

}  // namespace judge
