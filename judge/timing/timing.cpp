#include "judge/timing/timing.h"

#include <fmt/format.h>
#include <sched.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>

#include "judge/base/files.h"
#include "judge/packages/package_dir.h"
#include "judge/packages/problem_loader.h"
#include "judge/run/accuracy.h"
#include "judge/run/function.h"
#include "judge/run/judge.h"

namespace judge {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Ms(std::chrono::microseconds us) { return static_cast<double>(us.count()) / 1000.0; }

// Uniform index in [0, n) by rejection, so a seed means the same order with every library.
size_t Draw(std::mt19937_64& rng, size_t n) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t x;
  do x = rng();
  while (x >= limit);
  return static_cast<size_t>(x % n);
}

}  // namespace

Result<Measurement> MeasureInterleaved(sandbox::Sandbox& sandbox, const Problem& problem,
                                       const std::vector<TimedProgram>& programs, const MeasureOptions& options) {
  const auto start = Clock::now();
  Measurement m;
  for (const auto& p : programs) m.programs.push_back(p.name);
  std::vector<std::unique_ptr<sandbox::Box>> boxes;
  for (const auto& p : programs) {
    sandbox::BoxConfig config;
    config.mounts.push_back({sandbox::Mount::Kind::kBind, p.binary_dir.string(), "/box", false, 0, 0});
    config.allow_degraded = options.allow_unsandboxed;
    auto box = sandbox.CreateBox(config);
    if (!box) return box.error();
    boxes.push_back(std::move(*box));
  }
  auto interrupted = [&] { return options.interrupted && options.interrupted(); };
  auto say = [&](const std::string& what) {
    if (options.progress) options.progress(what);
  };

  // Warm-up: each case once per program, checked.
  std::vector<const TestCase*> candidates;
  for (const auto& c : problem.cases)
    if (!c.sample) candidates.push_back(&c);
  if (candidates.empty())
    for (const auto& c : problem.cases) candidates.push_back(&c);
  std::vector<const TestCase*> timed;
  for (const TestCase* tc : candidates) {
    double slowest = 0;
    std::string expected;
    bool have_expected = false;
    for (size_t p = 0; p < programs.size(); ++p) {
      if (interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
      say(fmt::format("warm-up: {} on {}", programs[p].name, tc->name));
      auto request = OpenedCaseRequest(problem, *tc);
      if (!request) return request.error();
      auto run = boxes[p]->Run(*request);
      if (!run) return run.error();
      MergeAccuracy(run->accuracy, &m.accuracy);
      RunVerdict v = Classify(*run, problem.limits);
      // A custom checker is a program run by Judge::Run; here only the built-in ones check
      // (with a custom checker the warm-up proves a clean exit, not a right answer).
      if (v.verdict == Verdict::kAccepted && options.check_output && problem.checker.type != CheckerSpec::Type::kCustom) {
        if (!have_expected) {
          auto answer = ReadPackageFile(problem.dir, tc->answer);  // beneath the package root
          if (!answer) return MakeError(ErrorKind::kBadPackage, answer.error().message);
          expected = std::move(*answer);
          have_expected = true;
        }
        CheckerSpec spec = problem.checker;
        if (tc->tokens) spec.tokens = *tc->tokens;
        const auto check = Check(spec, expected, run->stdout_data);
        if (!check.accepted) v = {Verdict::kWrongAnswer, check.message};
      }
      if (v.verdict != Verdict::kAccepted) {
        m.failure = TimingFailure{p, tc->name, v.verdict, v.message};
        m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        return m;
      }
      slowest = std::max(slowest, Ms(run->cpu_time));
    }
    if (slowest >= options.min_case_ms) timed.push_back(tc);
  }
  if (timed.empty()) timed = candidates;
  for (const TestCase* tc : timed) m.cases.push_back(tc->name);
  m.samples.assign(programs.size(), std::vector<std::vector<double>>(timed.size()));

  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(programs.size());
  const auto budget = std::chrono::duration<double>(options.budget).count();
  const auto rounds_start = Clock::now();
  while (m.rounds < options.max_rounds) {
    if (m.rounds == 0) {
      say(fmt::format("round 1 of at most {}", options.max_rounds));
    } else {  // what the rounds so far took says how long the rest will
      const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
      const double per_round = std::chrono::duration<double>(Clock::now() - rounds_start).count() / m.rounds;
      const double left = std::min(per_round * (options.max_rounds - m.rounds), std::max(0.0, budget - elapsed));
      say(fmt::format("round {} of at most {}, about {:.0f} s left", m.rounds + 1, options.max_rounds, left));
    }
    for (size_t c = 0; c < timed.size(); ++c) {
      std::iota(order.begin(), order.end(), size_t{0});
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[Draw(rng, i)]);
      for (size_t p : order) {
        if (interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
        auto request = OpenedCaseRequest(problem, *timed[c]);
        if (!request) return request.error();
        auto run = boxes[p]->Run(*request);
        if (!run) return run.error();
        const RunVerdict v = Classify(*run, problem.limits);
        if (v.verdict != Verdict::kAccepted) {
          m.failure = TimingFailure{p, timed[c]->name, v.verdict,
                                    fmt::format("{} (timed round {})", v.message, m.rounds + 1)};
          m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
          return m;
        }
        m.samples[p][c].push_back(Ms(run->cpu_time));
      }
    }
    ++m.rounds;
    const double now = std::chrono::duration<double>(Clock::now() - start).count();
    const double per_round = std::chrono::duration<double>(Clock::now() - rounds_start).count() / m.rounds;
    if (m.rounds >= options.min_rounds) {
      if (options.done && options.done(m)) {
        m.stopped_by_rule = true;
        break;
      }
      if (now + per_round > budget) break;
    }
  }
  m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return m;
}

std::vector<double> RoundTotals(const Measurement& m, size_t program) {
  std::vector<double> totals(static_cast<size_t>(m.rounds), 0.0);
  if (program >= m.samples.size()) return {};
  for (const auto& per_case : m.samples[program])
    for (size_t r = 0; r < per_case.size() && r < totals.size(); ++r) totals[r] += per_case[r];
  return totals;
}

RatioEstimate OverallRatio(const Measurement& m, size_t a, size_t b) {
  const auto ta = RoundTotals(m, a), tb = RoundTotals(m, b);
  return RatioOfPairedLogs(ta, tb, 0.95);
}

RatioEstimate CaseRatio(const Measurement& m, size_t c, size_t a, size_t b) {
  return RatioOfPairedLogs(m.samples[a][c], m.samples[b][c], 0.95);
}

std::string PinToOneCore() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) != 0) return fmt::format("not pinned: {}", std::strerror(errno));
  if (CPU_COUNT(&set) <= 1) return "single CPU, not pinned";
  int last = -1;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
    if (CPU_ISSET(cpu, &set)) last = cpu;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(last, &one);
  if (sched_setaffinity(0, sizeof one, &one) != 0) return fmt::format("not pinned: {}", std::strerror(errno));
  return fmt::format("pinned to CPU {}", last);
}

// --- Ladder ----------------------------------------------------------------------------

std::optional<double> RatioToFastest(const Ladder& ladder) {
  if (ladder.rungs.empty() || !std::isfinite(ladder.rungs.front().ratio.estimate)) return std::nullopt;
  return ladder.rungs.front().ratio.estimate;
}

std::optional<HistoryRatio> RatioForHistory(const Ladder& ladder) {
  const auto ratio = RatioToFastest(ladder);
  if (!ratio || *ratio <= 0) return std::nullopt;
  const LadderRung& rung = ladder.rungs.front();
  HistoryRatio out;
  out.estimate = *ratio;
  out.reference = rung.name;
  out.low = out.high = std::numeric_limits<double>::quiet_NaN();
  const RatioEstimate& r = rung.ratio;
  if (!(std::isfinite(r.low) && std::isfinite(r.high) && r.low > 0 && r.high > 0)) return out;
  const double between = std::max(std::log1p(kBetweenRunDrift), rung.drift);
  const double below = std::log(out.estimate) - std::log(std::min(r.low, out.estimate));
  const double above = std::log(std::max(r.high, out.estimate)) - std::log(out.estimate);
  out.low = out.estimate * std::exp(-std::hypot(below, between));
  out.high = out.estimate * std::exp(std::hypot(above, between));
  return out;
}

namespace {
constexpr double kLadderThreshold = 0.03;

// |ln(ratio of the first half of the rounds / ratio of the second half)|, each half's ratio the
// median of its per-round ratios b/a.
double HalvesDrift(const std::vector<double>& a, const std::vector<double>& b) {
  const size_t n = std::min(a.size(), b.size());
  if (n < 4) return 0;
  auto half = [&](size_t from, size_t to) {
    std::vector<double> r;
    for (size_t i = from; i < to; ++i)
      if (a[i] > 0 && b[i] > 0) r.push_back(b[i] / a[i]);
    return r.empty() ? std::numeric_limits<double>::quiet_NaN() : Median(r);
  };
  const double first = half(0, n / 2), second = half(n - n / 2, n);
  if (!(first > 0 && second > 0)) return 0;
  return std::abs(std::log(first / second));
}
}  // namespace

std::string LadderPlacement(const Ladder& ladder) {
  if (ladder.rungs.empty()) return "no reference solution to compare with";
  std::string out;
  for (size_t i = 0; i < ladder.rungs.size(); ++i) {
    const LadderRung& r = ladder.rungs[i];
    const std::string who = i == 0 ? fmt::format("{} (fastest reference)", r.name) : r.name;
    const RatioEstimate& x = r.ratio;
    std::string part;
    // The ratio is candidate / reference: as Conclude() sees it, A = reference, B = candidate.
    const std::string within =
        ComparePracticalThreshold(x, kLadderThreshold) == Practical::kWithin ? " (within 3%)" : "";
    switch (Conclude(x)) {
      case Conclusion::kIndistinguishable:
        if (!std::isfinite(x.high)) {
          part = fmt::format("{:.2f}x the time of {} (too few rounds for an interval)", x.estimate, who);
          break;
        }
        part = fmt::format("as fast as {} ({:.2f}x, [{:.2f}, {:.2f}])", who, x.estimate, x.low, x.high);
        break;
      case Conclusion::kAFaster:
        part = fmt::format("{:.2f}x the time of {} [{:.2f}, {:.2f}]{}", x.estimate, who, x.low, x.high, within);
        break;
      case Conclusion::kBFaster:
        part = fmt::format("{:.2f}x faster than {} [{:.2f}, {:.2f}]{}", 1 / x.estimate, who, 1 / x.high, 1 / x.low,
                           within);
        break;
    }
    out += (i ? "; " : "") + part;
  }
  return out;
}

Result<Ladder> RunLadder(sandbox::Sandbox& sandbox, Builder& compiler, const Problem& problem,
                         const fs::path& candidate_binary_dir, const LadderOptions& options) {
  Ladder ladder;
  const std::vector<fs::path> sources = AcceptedSources(problem.dir);
  if (sources.empty()) return ladder;

  std::vector<TimedProgram> programs = {{"yours", candidate_binary_dir}};
  for (const auto& path : sources) {
    const std::string name = path.stem().string();
    if (options.progress) options.progress(fmt::format("compiling reference {}", name));
    auto source = ReadSource(path);
    if (!source) {
      ladder.skipped.push_back(fmt::format("{}: {}", name, source.error().message));
      continue;
    }
    auto program = WithHarness(problem, std::move(*source));
    if (!program) return program.error();
    auto compiled = compiler.Compile(*program);
    if (!compiled) return compiled.error();
    if (!compiled->ok) {
      ladder.skipped.push_back(fmt::format("{}: does not compile", name));
      continue;
    }
    programs.push_back({name, compiled->binary_dir});
  }

  while (programs.size() > 1) {
    MeasureOptions mo;
    mo.budget = options.budget;
    mo.min_rounds = options.min_rounds;
    mo.max_rounds = options.max_rounds;
    mo.seed = options.seed;
    mo.allow_unsandboxed = options.allow_unsandboxed;
    mo.progress = options.progress;
    mo.interrupted = options.interrupted;
    mo.done = [n = programs.size()](const Measurement& m) {
      for (size_t p = 1; p < n; ++p)
        if (!PrecisionReached(OverallRatio(m, p, 0))) return false;
      return true;
    };
    auto m = MeasureInterleaved(sandbox, problem, programs, mo);
    if (!m) return m.error();
    if (m->failure) {
      if (m->failure->program == 0)
        return MakeError(ErrorKind::kInternal, fmt::format("the candidate failed {} while timing the ladder: {}",
                                                           m->failure->case_name, m->failure->message));
      ladder.skipped.push_back(fmt::format("{}: {} on {}", programs[m->failure->program].name,
                                           VerdictCode(m->failure->verdict), m->failure->case_name));
      programs.erase(programs.begin() + static_cast<std::ptrdiff_t>(m->failure->program));
      continue;
    }
    ladder.rounds = m->rounds;
    ladder.cases = m->cases;
    const auto yours = RoundTotals(*m, 0);
    ladder.candidate_cpu_ms = Median(yours);
    for (size_t p = 1; p < programs.size(); ++p) {
      const auto totals = RoundTotals(*m, p);
      ladder.rungs.push_back({programs[p].name, Median(totals), OverallRatio(*m, p, 0), HalvesDrift(totals, yours)});
    }
    std::sort(ladder.rungs.begin(), ladder.rungs.end(),
              [](const LadderRung& a, const LadderRung& b) { return a.cpu_ms < b.cpu_ms; });
    break;
  }
  return ladder;
}

nlohmann::json LadderJson(const Ladder& ladder) {
  auto num = [](double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); };
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : ladder.rungs)
    out.push_back({{"name", r.name}, {"cpu_ms", num(r.cpu_ms)}, {"ratio", num(r.ratio.estimate)},
                   {"low", num(r.ratio.low)}, {"high", num(r.ratio.high)}});
  return out;
}

// --- Borderline -----------------------------------------------------------------------

bool NearLimit(double cpu_ms, double limit_ms, double band) {
  return limit_ms > 0 && cpu_ms >= limit_ms * (1 - band) && cpu_ms <= limit_ms * (1 + band);
}

Stability ClassifyBorderline(int runs, int over) {
  if (over <= 0) return Stability::kStablePass;
  if (over >= runs) return Stability::kStableTle;
  return Stability::kBorderline;
}

std::string BorderlineText(int runs, int over) {
  switch (ClassifyBorderline(runs, over)) {
    case Stability::kStablePass: return fmt::format("stable pass (0 of {} runs over the limit)", runs);
    case Stability::kStableTle: return fmt::format("stable TLE ({} of {} runs over the limit)", over, runs);
    case Stability::kBorderline: break;
  }
  return fmt::format("borderline: {} of {} runs over the limit", over, runs);
}

std::string RenderBorderlineNotes(const Report& report) {
  std::string out;
  for (const auto& c : report.cases)
    if (c.borderline)
      out += fmt::format("{}: {} ({:.0f} ms limit; verdict from the first run)\n", c.name,
                         BorderlineText(c.borderline->runs, c.borderline->over),
                         static_cast<double>(report.limits.time_limit.count()));
  return out;
}

void AddBorderlineJson(nlohmann::json& json, const Report& report) {
  if (!json.contains("cases") || !json["cases"].is_array()) return;
  auto& cases = json["cases"];
  for (size_t i = 0; i < report.cases.size() && i < cases.size(); ++i) {
    const auto& b = report.cases[i].borderline;
    if (!b) continue;
    const Stability s = ClassifyBorderline(b->runs, b->over);
    cases[i]["borderline"] = {{"runs", b->runs}, {"over", b->over},
                              {"stability", s == Stability::kStablePass ? "stable_pass"
                                            : s == Stability::kStableTle ? "stable_tle"
                                                                         : "borderline"}};
  }
}

}  // namespace judge
