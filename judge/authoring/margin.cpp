#include "judge/authoring/margin.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/check/external.h"

namespace judge {

namespace {

std::string Ms(double ms) { return fmt::format("{:.0f} ms", ms); }

// problemtools prints limits in seconds with at most three decimals ("limit of 1 secs").
std::string Secs(std::chrono::milliseconds limit) {
  return fmt::format("{:g}", static_cast<double>(limit.count()) / 1000.0);
}

std::string Shown(const LimitVerdict& v) { return v.detail.empty() ? VerdictCode(v.verdict) : v.detail; }

}  // namespace

LimitVerdict VerdictAt(const Report& run, std::chrono::milliseconds limit, bool wall_limit) {
  if (run.verdict == Verdict::kCompileError)
    return {Verdict::kCompileError, fmt::format("CE: {}", checkers::FirstLine(run.compile.log))};
  const double limit_ms = static_cast<double>(limit.count());
  const double wall_ms = 2 * limit_ms + 1000;  // the wall limit that goes with it (Judge::Run)
  for (const auto& c : run.cases) {
    if (c.rejected_first)  // the interactor's WA came before any time the program took
      return {Verdict::kWrongAnswer, fmt::format("WA on {}{}", c.name, c.message.empty() ? "" : ": " + c.message)};
    if (c.verdict == Verdict::kTimeLimit)
      return {Verdict::kTimeLimit, fmt::format("TLE on {}{}", c.name, c.message.empty() ? "" : ": " + c.message)};
    if (c.cpu_ms > limit_ms)
      return {Verdict::kTimeLimit,
              fmt::format("TLE on {}: CPU {} over the {} limit", c.name, Ms(c.cpu_ms), Ms(limit_ms))};
    if (wall_limit && c.wall_ms > wall_ms)
      return {Verdict::kTimeLimit, fmt::format("TLE on {}: wall time {} over the {} wall limit", c.name, Ms(c.wall_ms),
                                               Ms(wall_ms))};
    if (c.verdict != Verdict::kAccepted)
      return {c.verdict,
              fmt::format("{} on {}{}", VerdictCode(c.verdict), c.name, c.message.empty() ? "" : ": " + c.message)};
  }
  return {Verdict::kAccepted, ""};
}

double MaxCpuMs(const Report& run) {
  double m = 0;
  for (const auto& c : run.cases) m = std::max(m, c.cpu_ms);
  return m;
}

TwoLimits AtBothLimits(const Report& run, std::chrono::milliseconds limit, std::chrono::milliseconds margin_limit,
                       bool wall_limit) {
  return {VerdictAt(run, limit, wall_limit), VerdictAt(run, margin_limit, wall_limit), limit, margin_limit};
}

Judgement Decide(const std::string& path, const Expectation& expected, const TwoLimits& got, double max_cpu_ms,
                 double margin, bool kattis) {
  Judgement j;
  const LimitVerdict& at_limit = got.at_limit;
  const LimitVerdict& at_margin = got.at_margin;
  const double limit_ms = static_cast<double>(got.limit.count());
  auto mismatch = [&] {
    j.errors.push_back(fmt::format("{} gets {}; expected {}", path, Shown(at_limit), expected.Text()));
  };
  if (kattis) {
    if (expected.Allows(at_limit.verdict)) {
      j.ok = true;
    } else if (expected.Allows(at_margin.verdict)) {
      j.ok = j.extra_time = true;
    } else {
      mismatch();
    }
    if (at_limit.verdict != at_margin.verdict)
      j.warnings.push_back(fmt::format("{} sensitive to time limit: limit of {} secs -> {}, limit of {} secs -> {}", path,
                                       Secs(got.limit), VerdictCode(at_limit.verdict), Secs(got.margin_limit),
                                       VerdictCode(at_margin.verdict)));
    return j;
  }
  j.ok = expected.Allows(at_limit.verdict);
  if (!j.ok) {
    mismatch();
    return j;
  }
  // A submission that must be too slow must still be too slow with the safety margin.
  if (at_limit.verdict == Verdict::kTimeLimit && !expected.Allows(Verdict::kAccepted) &&
      at_margin.verdict == Verdict::kAccepted) {
    j.ok = false;
    j.errors.push_back(fmt::format("{} passes with the limit x {} ({}; max CPU {}): the time limit {} is too close to it",
                                   path, margin, Ms(static_cast<double>(got.margin_limit.count())), Ms(max_cpu_ms),
                                   Ms(limit_ms)));
  }
  if (j.ok && at_limit.verdict == Verdict::kAccepted && max_cpu_ms * margin > limit_ms)
    j.warnings.push_back(fmt::format("{} is sensitive to the time limit: max CPU {} against a limit of {} "
                                     "(safety margin x {})", path, Ms(max_cpu_ms), Ms(limit_ms), margin));
  return j;
}

}  // namespace judge
