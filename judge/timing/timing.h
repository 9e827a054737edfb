// Repeated, interleaved CPU-time measurements of several programs on the same cases, and the
// statistics built on them: the ratio between two programs with a confidence interval, the
// placement of a candidate on the problem's reference ladder, and the classification of cases
// that ran close to the time limit. Prints nothing.
//
// How a measurement runs (MeasureInterleaved):
// 1. One box per program (its binary folder bound at /box), created once: every run is a fresh
//    process inside the same namespaces, as in Judge::Run.
// 2. Warm-up: every program runs every case once, classified and (with check_output) checked
//    against the answer. It loads binary and input into the page cache and proves the program
//    correct; a program that is not AC on some case ends the measurement with a Failure.
// 3. Timed cases: the non-sample cases where the slower program's warm-up took at least
//    min_case_ms (default 1 ms: below it the 4 ms timer tick and launch jitter dominate). When
//    none qualify, every non-sample case (and, without those, every case).
// 4. Rounds: each round runs every timed case once per program, the programs in an order
//    shuffled per case by std::mt19937_64(seed), so drift hits all programs alike. A sample is
//    the run's CPU time (user + sys of every process, rusage), never wall time.
// 5. After min_rounds, it stops when `done` says so (e.g. the 95% interval is within +-3%), when
//    the next round would not fit in the budget, or at max_rounds.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "judge/run/compiler.h"
#include "judge/run/judge.h"
#include "judge/packages/problem.h"
#include "judge/timing/stats.h"
#include "judge/run/verdict.h"

namespace judge {

struct TimedProgram {
  std::string name;                  // shown in tables: "A", "hash_heap", "yours"
  std::filesystem::path binary_dir;  // holds "prog"
};

// A program that did not pass a case (warm-up or a timed round).
struct TimingFailure {
  size_t program = 0;
  std::string case_name;
  Verdict verdict = Verdict::kJudgeError;
  std::string message;
};

struct Measurement {
  std::vector<std::string> programs;
  std::vector<std::string> cases;  // the timed cases
  // samples[program][case][round]: CPU milliseconds.
  std::vector<std::vector<std::vector<double>>> samples;
  int rounds = 0;
  double seconds = 0;              // wall time of warm-up plus rounds
  bool stopped_by_rule = false;    // `done` returned true (vs budget or max_rounds)
  std::optional<TimingFailure> failure;
  std::vector<std::string> accuracy;  // notes of the measurement fallbacks used (run/accuracy.h)
};

struct MeasureOptions {
  std::chrono::milliseconds budget{60'000};
  int min_rounds = 3;
  int max_rounds = 400;
  std::uint64_t seed = 1;
  double min_case_ms = 1.0;
  bool check_output = true;
  bool allow_unsandboxed = false;
  // Asked after every round from min_rounds on; true ends the measurement.
  std::function<bool(const Measurement&)> done;
  std::function<void(std::string_view)> progress;  // for the live progress line
  std::function<bool()> interrupted;               // true: stop with kInterrupted
};

// Runs the protocol above. `problem`'s cases must be materialised (inputs and answers exist).
// Errors are judge errors (box creation, a missing answer file); a program failing a case is
// a Measurement with `failure` set.
Result<Measurement> MeasureInterleaved(sandbox::Sandbox& sandbox, const Problem& problem,
                                       const std::vector<TimedProgram>& programs, const MeasureOptions& options);

// Per round, the program's CPU time summed over the timed cases.
std::vector<double> RoundTotals(const Measurement& m, size_t program);

// time(b) / time(a) over all timed cases, from the per-round totals paired by round: the
// Hodges-Lehmann ratio with a 95% signed-rank interval (stats.h RatioOfPairedLogs), which
// needs at least 6 rounds.
RatioEstimate OverallRatio(const Measurement& m, size_t a, size_t b);

// The fewest rounds that give OverallRatio a 95% interval: compare and the ladder run at least
// this many, whatever the budget.
inline constexpr int kRoundsForAnInterval = 6;

// The same for one timed case.
RatioEstimate CaseRatio(const Measurement& m, size_t c, size_t a, size_t b);

// Restricts this process to one of its allowed CPUs (the last one: CPU 0 takes most
// interrupts) when it may run on more than one; boxes created afterwards inherit the mask
// (clone copies it). Returns what happened, for reports: "pinned to CPU 1",
// "single CPU, not pinned", "not pinned: <errno text>".
std::string PinToOneCore();

// --- The reference ladder -------------------------------------------------------------

struct LadderRung {
  std::string name;   // reference file stem: "hash_heap"
  double cpu_ms = 0;  // median per-round total over the timed cases
  RatioEstimate ratio;  // candidate time / this reference's time, same session
  // How far the ratio moved inside the run: |ln(first half's ratio / second half's)|, from the
  // median paired per-round ratios of the two halves of the rounds; 0 with fewer than 4 rounds.
  double drift = 0;
};

struct Ladder {
  double candidate_cpu_ms = 0;
  std::vector<LadderRung> rungs;   // fastest reference first
  std::vector<std::string> skipped;  // references that did not compile or pass: "name: why"
  int rounds = 0;
  std::vector<std::string> cases;
};

// candidate / fastest reference; empty without rungs.
std::optional<double> RatioToFastest(const Ladder& ladder);

// How far the ratio of one pair of programs moves between runs on one machine under similar
// load, beyond what a run's own interval says: a relative amount. bench/ratio_drift.sh measured
// 13.4% between the lowest and highest of six runs (README, "How comparable a stored ratio
// is"). Under different load it moves far more (a factor of two was seen), so history does not
// compare ratios judged on different machines or under different load (history_view.h).
inline constexpr double kBetweenRunDrift = 0.10;

// What history keeps of a ladder: the candidate's time / the fastest reference's, with a 95%
// interval that covers the between-run variation as well as this run's noise: in log space the
// run's half-widths combined (root of the sum of squares) with the larger of
// ln(1 + kBetweenRunDrift) and the drift seen inside this run (LadderRung::drift). low and high
// are NaN when the run had too few rounds for an interval. `reference` names the rung.
struct HistoryRatio {
  double estimate = 0;
  double low = 0;
  double high = 0;
  std::string reference;
};
std::optional<HistoryRatio> RatioForHistory(const Ladder& ladder);

// Where the candidate sits, one sentence per reference, fastest first:
// "1.80x the time of hash_nth_element_fastio (fastest reference) [1.74, 1.86]; 6.00x faster
// than hash_heap [5.80, 6.20]". When the interval contains 1 it says "as fast as"; a resolved
// difference whose interval lies within 3% adds "(within 3%)".
std::string LadderPlacement(const Ladder& ladder);

// `judge submit --json` key "ladder": [{"name", "cpu_ms", "ratio", "low", "high"}], fastest
// first; ratio is the candidate's time / that reference's.
nlohmann::json LadderJson(const Ladder& ladder);

struct LadderOptions {
  std::chrono::milliseconds budget{30'000};
  int min_rounds = kRoundsForAnInterval;
  int max_rounds = 8;
  std::uint64_t seed = 1;
  bool allow_unsandboxed = false;
  std::function<void(std::string_view)> progress;
  std::function<bool()> interrupted;
};

// Every problem.dir/submissions/accepted/*.cpp, compiled (cached), timed interleaved with the
// candidate's binary on the timed cases until each rung's interval is within +-3% or the
// budget or max_rounds is reached. A reference that does not compile or fails a case is skipped.
Result<Ladder> RunLadder(sandbox::Sandbox& sandbox, Builder& compiler, const Problem& problem,
                         const std::filesystem::path& candidate_binary_dir, const LadderOptions& options);

// --- Cases near the time limit --------------------------------------------------------

// Whether a CPU time lies within +-band of the limit: such a case is re-run.
bool NearLimit(double cpu_ms, double limit_ms, double band = 0.15);

enum class Stability { kStablePass, kStableTle, kBorderline };

// runs: how many times the case ran (first run included); over: how many were over the limit.
Stability ClassifyBorderline(int runs, int over);

// "stable TLE (4 of 4 runs over the limit)", "stable pass (0 of 4 runs over the limit)",
// "borderline: 2 of 4 runs over the limit".
std::string BorderlineText(int runs, int over);

// One line per re-run case of the report: "secret/07: borderline: 2 of 4 runs over the limit".
// Empty when no case was re-run.
std::string RenderBorderlineNotes(const Report& report);

// Adds "borderline": {"runs", "over", "stability"} to each re-run case of `json` (RenderJson's
// document for the same report).
void AddBorderlineJson(nlohmann::json& json, const Report& report);

}  // namespace judge
