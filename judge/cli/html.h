// Pictures of timing results: one self-contained HTML page with inline SVG (no scripts, no
// external files) for `history --html` and `compare --html`, and a plain-text trend chart for
// the terminal. Renders strings; decides nothing; prints nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "judge/timing/compare.h"
#include "judge/store/history.h"

namespace judge {

// One bar (<rect class="bar">) per attempt, height = CPU ms, coloured by verdict, in id order;
// a second chart of ratio_to_ref points (<circle class="ratio">) for the attempts that have one.
std::string RenderHistoryHtml(std::string_view problem, const std::vector<Attempt>& attempts);

// Per timed case and for the total: the ratio B/A as a point (<circle class="est">) with its
// 95% interval as a whisker (<line class="ci">), on a log axis with a reference line at 1.
std::string RenderCompareHtml(const Comparison& comparison);

// The time axis of a trend chart. Scaled to the slowest attempt, unless that one is more than 4
// times the median of the measured attempts (a TLE among ACs): then to the slowest attempt
// within that bound, and `clipped` says the longer bars are cut there.
struct TrendScale {
  double max_ms = 0;
  bool clipped = false;
};
TrendScale ScaleOfTrend(const std::vector<Attempt>& attempts);

// A bar of '#' per attempt, scaled by ScaleOfTrend, `width` characters at most:
//   "   3 AC  |##########            | 412.5 ms  1.80x ref"
// A clipped bar ends in '>' and a last line says where the bars end. An attempt without a CPU
// time (NaN: a CE) has no bar: "   4 CE  |      | did not compile".
std::string TerminalTrend(const std::vector<Attempt>& attempts, int width = 40);

// Escapes &, <, >, " and ' for HTML text and attributes.
std::string HtmlEscape(std::string_view text);

}  // namespace judge
