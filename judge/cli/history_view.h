// `judge history`: the attempts on one problem as a table for people and as JSON for programs.
// Renders; decides nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "judge/cli/report.h"
#include "judge/store/history.h"

namespace judge {

// Whether the ratios to the reference of two attempts can be compared, and what they say.
struct RatioComparison {
  bool comparable = false;
  // comparable: "faster", "slower" (b relative to a) or "indistinguishable" (the intervals
  // overlap); otherwise why not, for people: "judged on different machines".
  std::string outcome;
};

// Ratios are compared only when both have an interval (schema v3 on; the interval includes the
// between-run variation, timing.h RatioForHistory), the same basis (the same fastest reference
// and the same package content), the same machine fingerprint and a similar load (stored
// load averages, besides the judge, within half a CPU per CPU of each other): the same solution
// was placed at 1.46x and 3.22x of its fastest reference in sessions under different load.
RatioComparison CompareRatios(const Attempt& a, const Attempt& b);

// One row per attempt, oldest first: id, time, verdict, CPU ms ("-" for an attempt that never
// ran, a CE), the ratio to the reference with its interval, the file name and the label; then
// which ratios can be compared with the latest attempt's (CompareRatios), and the trend chart.
std::string RenderHistoryText(std::string_view problem, const std::vector<Attempt>& attempts, const Style& style);

// CONTRACT.md `judge history --json`: per attempt id, created, verdict, cpu_ms (null for a CE),
// ratio_to_ref, source_sha256, file and label (null when none), machine (the judging machine's
// fingerprint) and submitter (the team database role; null in the local history); with
// ratio_low, ratio_high (null when none), ratio_basis, and "vs_latest": CompareRatios against
// the latest attempt with a ratio ({"id", "comparable", "outcome"}: this attempt against that
// one, "faster", "slower", "indistinguishable" or why not), null for that attempt itself
// and for attempts without a ratio.
nlohmann::json RenderHistoryJson(std::string_view problem, const std::vector<Attempt>& attempts);

}  // namespace judge
