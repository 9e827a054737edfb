#include "judge/cli/history_view.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "judge/base/terminal.h"
#include "judge/cli/html.h"
#include "judge/run/verdict.h"

namespace judge {

namespace {

nlohmann::json Num(double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); }

bool HasInterval(const Attempt& a) {
  return a.ratio_to_ref && a.ratio_low && a.ratio_high && std::isfinite(*a.ratio_low) && std::isfinite(*a.ratio_high);
}

// The latest attempt with a ratio: what the others are compared with.
const Attempt* LatestRated(const std::vector<Attempt>& attempts) {
  for (auto it = attempts.rbegin(); it != attempts.rend(); ++it)
    if (it->ratio_to_ref) return &*it;
  return nullptr;
}

// How busy the machine was besides the judge when the attempt was saved: (1-minute load
// average - 1 for the judge's own run) / CPUs, from the stored timing_noise; empty when unknown.
std::optional<double> OtherLoadPerCpu(const Attempt& a) {
  const auto j = nlohmann::json::parse(a.timing_noise, nullptr, false);
  if (!j.is_object() || !j.contains("load1") || !j["load1"].is_number() || !j.contains("cpus") ||
      !j["cpus"].is_number_integer() || j["cpus"].get<int>() <= 0)
    return std::nullopt;
  return std::max(0.0, j["load1"].get<double>() - 1) / j["cpus"].get<int>();
}

// Load that differs by more than half the machine's CPUs makes two ratios incomparable: the
// ratio of a memory-bound solution to a streaming reference moves with load far beyond the
// between-run allowance (README, "How comparable a stored ratio is").
constexpr double kLoadGap = 0.5;

std::string RatioCell(const Attempt& a) {
  if (!a.ratio_to_ref) return "-";
  if (!HasInterval(a)) return fmt::format("{:.2f}x", *a.ratio_to_ref);
  return fmt::format("{:.2f}x [{:.2f}, {:.2f}]", *a.ratio_to_ref, *a.ratio_low, *a.ratio_high);
}

}  // namespace

RatioComparison CompareRatios(const Attempt& a, const Attempt& b) {
  if (!a.ratio_to_ref || !b.ratio_to_ref) return {false, "no ratio to the reference"};
  if (!HasInterval(a) || !HasInterval(b)) return {false, "stored without an interval (by an older judge, or too few rounds)"};
  if (a.ratio_basis.empty() || b.ratio_basis.empty() || a.ratio_basis != b.ratio_basis)
    return {false, "measured against a different reference or tests (the package changed)"};
  if (a.machine != b.machine) return {false, "judged on a different machine"};
  if (const auto la = OtherLoadPerCpu(a), lb = OtherLoadPerCpu(b); la && lb && std::abs(*la - *lb) > kLoadGap)
    return {false, fmt::format("judged under different load (load average {:.1f} vs {:.1f} per CPU besides the judge)",
                               *la, *lb)};
  if (*b.ratio_high < *a.ratio_low) return {true, "faster"};
  if (*b.ratio_low > *a.ratio_high) return {true, "slower"};
  return {true, "indistinguishable"};
}

std::string RenderHistoryText(std::string_view problem, const std::vector<Attempt>& attempts, const Style& style) {
  if (attempts.empty())
    return fmt::format("no attempts on {0} yet (judge submit {0} solution.cpp)\n", PrintableLine(problem));
  size_t file_width = 4;
  for (const auto& a : attempts) file_width = std::max(file_width, std::min<size_t>(PrintableLine(a.file).size(), 32));
  // A team history seen by an admin mixes candidates: say whose each attempt is.
  size_t by_width = 0;
  if (std::any_of(attempts.begin(), attempts.end(), [&](const Attempt& a) { return a.submitter != attempts[0].submitter; }))
    for (const auto& a : attempts) by_width = std::max<size_t>({by_width, 2, PrintableLine(a.submitter).size() + 2});
  size_t ratio_width = 9;
  for (const auto& a : attempts) ratio_width = std::max(ratio_width, RatioCell(a).size());
  std::string out = style.Bold(fmt::format("{:>5}  {:<20}  {:<7} {:>10} {:>{}}  {:<{}}{:<{}}  {}\n", "id", "when (UTC)",
                                           "verdict", "CPU ms", "vs ref", ratio_width, by_width ? "by" : "", by_width,
                                           "file", file_width, "label"));
  for (const auto& a : attempts) {
    const auto v = ParseVerdictCode(a.verdict).value_or(Verdict::kJudgeError);
    std::string file = a.file.empty() ? "-" : PrintableLine(a.file);
    if (file.size() > file_width) file = file.substr(0, file_width - 3) + "...";
    out += fmt::format("{:>5}  {:<20}  {} {:>10} {:>{}}  {:<{}}{:<{}}  {}\n", a.id, a.created,
                       style.Paint(fmt::format("{:<7}", a.verdict), v),
                       std::isfinite(a.cpu_ms) ? fmt::format("{:.1f}", a.cpu_ms) : "-", RatioCell(a), ratio_width,
                       by_width ? PrintableLine(a.submitter) : "", by_width, file, file_width,
                       PrintableLine(a.label.value_or("")));
  }
  // Which ratios say something against the latest one: grouped by outcome, in id order.
  if (const Attempt* latest = LatestRated(attempts)) {
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> groups;
    for (const auto& a : attempts) {
      if (&a == latest || !a.ratio_to_ref) continue;
      const RatioComparison c = CompareRatios(a, *latest);
      const std::string key = c.comparable ? (c.outcome == "indistinguishable" ? "indistinguishable from it (intervals overlap)"
                                              : fmt::format("{} than it", c.outcome == "faster" ? "slower" : "faster"))
                                           : "not comparable: " + c.outcome;
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
      if (it == groups.end()) groups.push_back({key, {a.id}});
      else it->second.push_back(a.id);
    }
    if (!groups.empty()) {
      out += fmt::format("\nratios against the latest rated attempt #{}:\n", latest->id);
      for (const auto& [key, ids] : groups) {
        std::string list;
        for (auto id : ids) list += fmt::format("{}#{}", list.empty() ? "" : " ", id);
        out += fmt::format("  {}: {}\n", list, key);
      }
    }
  }
  out += "\nCPU time per attempt (sum over cases):\n" + Printable(TerminalTrend(attempts));
  return out;
}

nlohmann::json RenderHistoryJson(std::string_view problem, const std::vector<Attempt>& attempts) {
  const Attempt* latest = LatestRated(attempts);
  auto VsLatest = [&](const Attempt& a) {
    if (latest == nullptr || &a == latest || !a.ratio_to_ref) return nlohmann::json(nullptr);
    const RatioComparison c = CompareRatios(*latest, a);
    return nlohmann::json{{"id", latest->id}, {"comparable", c.comparable}, {"outcome", c.outcome}};
  };
  nlohmann::json out = {{"schema", 1}, {"problem", problem}, {"attempts", nlohmann::json::array()}};
  for (const auto& a : attempts)
    out["attempts"].push_back({{"id", a.id},
                               {"created", a.created},
                               {"verdict", a.verdict},
                               {"cpu_ms", Num(a.cpu_ms)},
                               {"ratio_to_ref", a.ratio_to_ref ? Num(*a.ratio_to_ref) : nlohmann::json(nullptr)},
                               {"ratio_low", a.ratio_low ? Num(*a.ratio_low) : nlohmann::json(nullptr)},
                               {"ratio_high", a.ratio_high ? Num(*a.ratio_high) : nlohmann::json(nullptr)},
                               {"ratio_basis", a.ratio_basis},
                               {"vs_latest", VsLatest(a)},
                               {"source_sha256", a.source_sha256},
                               {"file", a.file},
                               {"label", a.label ? nlohmann::json(*a.label) : nlohmann::json(nullptr)},
                               {"machine", a.machine},
                               {"submitter", a.submitter.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.submitter)}});
  return out;
}

}  // namespace judge
