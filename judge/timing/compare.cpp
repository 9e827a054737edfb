#include "judge/timing/compare.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "judge/run/accuracy.h"
#include "judge/run/function.h"
#include "judge/base/sha256.h"
#include "judge/base/terminal.h"
#include "judge/packages/problem_loader.h"

namespace judge {

namespace {

namespace fs = std::filesystem;

nlohmann::json Num(double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); }

nlohmann::json SideJson(const CompareSide& s) {
  return {{"spec", s.spec},
          {"label", s.label},
          {"attempt", s.attempt ? nlohmann::json(*s.attempt) : nlohmann::json(nullptr)},
          {"file", s.file},
          {"attempt_label", s.attempt_label ? nlohmann::json(*s.attempt_label) : nlohmann::json(nullptr)},
          {"source_sha256", s.source_sha256}};
}

nlohmann::json FailureJson(const TimingFailure& f) {
  return {{"side", f.program == 0 ? "a" : "b"},
          {"case", f.case_name},
          {"verdict", VerdictCode(f.verdict)},
          {"message", f.message}};
}

// Compiles one side; nullopt with `log` filled when it does not compile.
Result<std::optional<CompileResult>> Build(Builder& compiler, const CompareSide& side, std::string& log) {
  auto compiled = compiler.Compile(side.source);
  if (!compiled) return compiled.error();
  if (!compiled->ok) {
    log += fmt::format("{} does not compile:\n{}\n", side.label, compiled->log);
    return std::optional<CompileResult>();
  }
  return std::optional<CompileResult>(std::move(*compiled));
}

}  // namespace

Result<CompareSide> ResolveSide(const std::string& spec, const Problem& problem, AttemptStore* history) {
  CompareSide side;
  side.spec = spec;
  const std::string digits = !spec.empty() && spec[0] == '#' ? spec.substr(1) : spec;
  if (!digits.empty() && digits.size() < 18 && std::all_of(digits.begin(), digits.end(), ::isdigit)) {
    const std::int64_t id = std::stoll(digits);
    if (!history) return MakeError(ErrorKind::kUsage, fmt::format("no attempt #{}: the history is empty", id));
    auto got = history->Get(id);
    if (!got) return got.error();
    if (!*got) return MakeError(ErrorKind::kUsage, fmt::format("no attempt #{} in {}", id, history->Describe()));
    if ((*got)->problem != problem.id)
      return MakeError(ErrorKind::kUsage,
                       fmt::format("attempt #{} is on problem '{}', not '{}'", id, (*got)->problem, problem.id));
    side.attempt = id;
    side.file = (*got)->file;
    side.attempt_label = (*got)->label;
    std::string what = side.file;
    if (side.attempt_label) what += fmt::format("{}\"{}\"", what.empty() ? "" : ", ", *side.attempt_label);
    side.label = what.empty() ? fmt::format("attempt #{}", id) : fmt::format("attempt #{} ({})", id, what);
    side.source = {(*got)->source, fmt::format("attempt{}.cpp", id)};
  } else if (spec == "ref") {
    fs::path path = problem.reference;
    if (path.empty()) {
      const std::vector<fs::path> accepted = AcceptedSources(problem.dir);
      if (accepted.empty())
        return MakeError(ErrorKind::kUsage,
                         fmt::format("problem '{}' has no reference solution (submissions/accepted/*.cpp)", problem.id));
      path = accepted.front();
    }
    auto source = ReadSource(path);
    if (!source) return MakeError(ErrorKind::kBadPackage, source.error().message);
    side.source = std::move(*source);
    side.label = fmt::format("ref ({})", path.filename().string());
    side.file = path.filename().string();
  } else {
    auto source = ReadSource(spec);
    if (!source) return source.error();
    side.source = std::move(*source);
    side.label = fs::path(spec).filename().string();
    side.file = side.label;
  }
  side.source_sha256 = Sha256Hex(side.source.text);
  auto program = WithHarness(problem, std::move(side.source));  // a function problem's harness
  if (!program) return program.error();
  side.source = std::move(*program);
  return side;
}

Result<Comparison> RunCompare(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, Problem problem,
                              CompareSide a, CompareSide b, const CompareOptions& options) {
  if (!IsSingleProgram(problem))
    return MakeError(ErrorKind::kUsage,
                     fmt::format("compare times stdio and function problems; {} is {} (compare the CPU figures of "
                                 "'judge history {}' instead)",
                                 problem.id, ProblemKindName(problem.kind), problem.id));
  Comparison c;
  c.problem = problem.id;
  c.seed = options.seed;
  c.budget_seconds = std::chrono::duration<double>(options.budget).count();
  c.a = std::move(a);
  c.b = std::move(b);
  if (options.progress) options.progress("compiling");
  auto ca = Build(compiler, c.a, c.compile_log);
  if (!ca) return ca.error();
  auto cb = Build(compiler, c.b, c.compile_log);
  if (!cb) return cb.error();
  if (!*ca || !*cb) {
    c.compiled = false;
    return c;
  }
  if (auto r = testdata.Materialize(problem, false, options.progress); !r) return r.error();
  c.pinning = PinToOneCore();

  MeasureOptions mo;
  mo.budget = options.budget;
  // The stopping rule is asked only once the signed-rank interval exists (6 rounds at 95%).
  mo.min_rounds = kRoundsForAnInterval;
  mo.seed = options.seed;
  mo.allow_unsandboxed = options.allow_unsandboxed;
  mo.progress = options.progress;
  mo.interrupted = options.interrupted;
  mo.done = [precision = options.precision](const Measurement& m) {
    return PrecisionReached(OverallRatio(m, 0, 1), precision);
  };
  auto m = MeasureInterleaved(sandbox, problem, {{"A", (**ca).binary_dir}, {"B", (**cb).binary_dir}}, mo);
  if (!m) return m.error();
  c.seconds = m->seconds;
  c.accuracy = m->accuracy;
  if (m->failure) {
    c.failure = m->failure;
    return c;
  }
  c.rounds = m->rounds;
  for (size_t i = 0; i < m->cases.size(); ++i)
    c.cases.push_back({m->cases[i], Median(m->samples[0][i]), Median(m->samples[1][i]), CaseRatio(*m, i, 0, 1)});
  c.a_total_ms = Median(RoundTotals(*m, 0));
  c.b_total_ms = Median(RoundTotals(*m, 1));
  c.ratio = OverallRatio(*m, 0, 1);
  c.conclusion = Conclude(c.ratio);
  c.threshold = options.threshold;
  c.practical = ComparePracticalThreshold(c.ratio, options.threshold);
  c.precision_reached = PrecisionReached(c.ratio, options.precision);
  return c;
}

std::string ConclusionSentence(const RatioEstimate& r, Conclusion conclusion, int rounds, double threshold) {
  const std::string tail = fmt::format("95% CI, {} rounds", rounds);
  const std::string percent = fmt::format("{:g}%", threshold * 100);
  std::string size;
  switch (ComparePracticalThreshold(r, threshold)) {
    case Practical::kWithin: size = fmt::format(", within the {} practical threshold", percent); break;
    case Practical::kStraddles:
      size = fmt::format(" (the interval crosses the {} practical threshold: whether the difference exceeds it is not "
                         "settled)",
                         percent);
      break;
    case Practical::kBeyond: break;
  }
  switch (conclusion) {
    case Conclusion::kAFaster:
      return fmt::format("B is {:.3f}x slower than A [{:.3f}, {:.3f}]{}, {}", r.estimate, r.low, r.high, size, tail);
    case Conclusion::kBFaster:
      return fmt::format("B is {:.3f}x faster than A [{:.3f}, {:.3f}]{}, {}", 1 / r.estimate, 1 / r.high, 1 / r.low,
                         size, tail);
    case Conclusion::kIndistinguishable: break;
  }
  if (!std::isfinite(r.estimate)) return "A and B are indistinguishable: too few measurements";
  if (!std::isfinite(r.high))
    return fmt::format("A and B are indistinguishable: B/A = {:.3f}, but {} rounds are too few for a 95% interval",
                       r.estimate, rounds);
  return fmt::format("A and B are indistinguishable: B/A = {:.3f} [{:.3f}, {:.3f}], {}", r.estimate, r.low, r.high,
                     tail);
}

std::string RenderCompareText(const Comparison& c) {
  std::string out = fmt::format("A = {}\nB = {}\n", PrintableLine(c.a.label), PrintableLine(c.b.label));
  if (!c.compiled) return out + Printable(c.compile_log);
  if (c.failure) {
    const CompareSide& side = c.failure->program == 0 ? c.a : c.b;
    return out + fmt::format("{} ({}) is not accepted on {}: {} {}\nno timing comparison without two correct programs\n",
                             c.failure->program == 0 ? "A" : "B", PrintableLine(side.label),
                             PrintableLine(c.failure->case_name), VerdictCode(c.failure->verdict),
                             PrintableLine(c.failure->message));
  }
  size_t width = 4;
  for (const auto& k : c.cases) width = std::max(width, PrintableLine(k.name).size());
  out += fmt::format("\n{:<{}}  {:>10}  {:>10}  {:>7}  {}\n", "case", width, "A ms", "B ms", "B/A", "95% CI");
  for (const auto& k : c.cases)
    out += fmt::format("{:<{}}  {:>10.2f}  {:>10.2f}  {:>7.3f}  [{:.3f}, {:.3f}]\n", PrintableLine(k.name), width, k.a_ms, k.b_ms,
                       k.ratio.estimate, k.ratio.low, k.ratio.high);
  out += fmt::format("{:<{}}  {:>10.2f}  {:>10.2f}  {:>7.3f}  [{:.3f}, {:.3f}]\n", "total", width, c.a_total_ms,
                     c.b_total_ms, c.ratio.estimate, c.ratio.low, c.ratio.high);
  // The ms columns are each side's own median, the ratio pairs the two sides round by round:
  // under drift the two can disagree in the last digits, so say which is which.
  out += "(A ms, B ms: each side's median over the rounds; B/A: the median ratio of rounds paired one by one\n"
         " (Hodges-Lehmann) with its 95% interval, which is what the conclusion uses)\n\n";
  out += fmt::format("{} runs in {:.1f} s (budget {:.0f} s), {}; {}\n", 2 * c.rounds * static_cast<int>(c.cases.size()),
                     c.seconds, c.budget_seconds,
                     c.precision_reached ? "interval within +-3%" : "budget ran out before +-3%", c.pinning);
  out += ConclusionSentence(c.ratio, c.conclusion, c.rounds, c.threshold) + "\n";
  return out + AccuracyText(c.accuracy);
}

nlohmann::json RenderCompareJson(const Comparison& c) {
  nlohmann::json j = {{"schema", 1}, {"problem", c.problem}, {"a", SideJson(c.a)}, {"b", SideJson(c.b)}};
  j["a"]["cpu_ms"] = Num(c.a_total_ms);
  j["b"]["cpu_ms"] = Num(c.b_total_ms);
  j["ratio"] = {{"estimate", Num(c.ratio.estimate)}, {"low", Num(c.ratio.low)}, {"high", Num(c.ratio.high)},
                {"confidence", 0.95}};
  j["conclusion"] = std::string(ConclusionName(c.conclusion));
  j["threshold"] = c.threshold;
  j["within_threshold"] = c.practical == Practical::kWithin   ? nlohmann::json(true)
                          : c.practical == Practical::kBeyond ? nlohmann::json(false)
                                                              : nlohmann::json(nullptr);
  j["runs"] = 2 * c.rounds * static_cast<int>(c.cases.size());
  j["rounds"] = c.rounds;
  j["seconds"] = c.seconds;
  j["budget_seconds"] = c.budget_seconds;
  j["precision_reached"] = c.precision_reached;
  j["seed"] = c.seed;
  j["pinning"] = c.pinning;
  nlohmann::json cases = nlohmann::json::array();
  for (const auto& k : c.cases)
    cases.push_back({{"name", k.name}, {"a_ms", Num(k.a_ms)}, {"b_ms", Num(k.b_ms)},
                     {"ratio", {{"estimate", Num(k.ratio.estimate)}, {"low", Num(k.ratio.low)},
                                {"high", Num(k.ratio.high)}, {"confidence", 0.95}}}});
  j["cases"] = cases;
  if (!c.compiled) j["compile_error"] = c.compile_log;
  if (c.failure) j["failure"] = FailureJson(*c.failure);
  AddAccuracyJson(c.accuracy, &j);
  return j;
}

// --- Scaling ---------------------------------------------------------------------------

Result<std::vector<std::pair<double, std::vector<std::string>>>> ScalingLadder(const Problem& problem,
                                                                              std::string* generator) {
  const GeneratedSpec* biggest = nullptr;
  size_t n_index = 0;
  double biggest_n = 0;
  for (const auto& c : problem.cases) {
    if (!c.generated) continue;
    const auto& args = c.generated->args;
    for (size_t i = 0; i + 1 < args.size(); ++i) {
      if (args[i] != "--n") continue;
      char* end = nullptr;
      const double n = std::strtod(args[i + 1].c_str(), &end);
      if (end && *end == '\0' && n > biggest_n) {
        biggest_n = n;
        biggest = &*c.generated;
        n_index = i + 1;
      }
    }
  }
  if (!biggest)
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("problem '{}' has no [[generated]] case with a '--n' size argument; --scaling "
                                 "needs one (generators take their size as --n)",
                                 problem.id));
  if (generator) *generator = biggest->generator;
  std::vector<std::pair<double, std::vector<std::string>>> ladder;
  for (int shift : {4, 3, 2, 1, 0}) {
    const auto n = static_cast<long long>(biggest_n) >> shift;
    if (n < 1) continue;
    auto args = biggest->args;
    args[n_index] = std::to_string(n);
    ladder.emplace_back(static_cast<double>(n), std::move(args));
  }
  return ladder;
}

Result<Scaling> RunScaling(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, Problem problem,
                           CompareSide a, CompareSide b, const CompareOptions& options) {
  if (!IsSingleProgram(problem))
    return MakeError(ErrorKind::kUsage, fmt::format("compare --scaling times stdio and function problems; {} is {}",
                                                    problem.id, ProblemKindName(problem.kind)));
  Scaling s;
  s.problem = problem.id;
  s.a = std::move(a);
  s.b = std::move(b);
  auto ladder = ScalingLadder(problem, &s.generator);
  if (!ladder) return ladder.error();
  s.base_args = ladder->back().second;
  if (options.progress) options.progress("compiling");
  auto ca = Build(compiler, s.a, s.compile_log);
  if (!ca) return ca.error();
  auto cb = Build(compiler, s.b, s.compile_log);
  if (!cb) return cb.error();
  if (!*ca || !*cb) {
    s.compiled = false;
    return s;
  }
  // The ladder's cases replace the package's: generated (cached) and answered by the reference,
  // so both sides are also checked at every size.
  problem.cases.clear();
  for (const auto& [n, args] : *ladder) {
    TestCase tc;
    tc.name = fmt::format("n={}", static_cast<long long>(n));
    tc.generated = GeneratedSpec{s.generator, args};
    problem.cases.push_back(std::move(tc));
  }
  if (auto r = testdata.Materialize(problem, false, options.progress); !r) return r.error();
  PinToOneCore();
  MeasureOptions mo;
  mo.budget = options.budget;
  mo.min_rounds = 3;
  mo.max_rounds = 5;
  mo.min_case_ms = 0;  // every size is timed, however small
  mo.seed = options.seed;
  mo.allow_unsandboxed = options.allow_unsandboxed;
  mo.progress = options.progress;
  mo.interrupted = options.interrupted;
  auto m = MeasureInterleaved(sandbox, problem, {{"A", (**ca).binary_dir}, {"B", (**cb).binary_dir}}, mo);
  if (!m) return m.error();
  s.accuracy = m->accuracy;
  if (m->failure) {
    s.failure = m->failure;
    return s;
  }
  s.rounds = m->rounds;
  std::vector<double> ns, ta, tb;
  for (size_t i = 0; i < m->cases.size(); ++i) {
    ScalingPoint p{(*ladder)[i].first, Median(m->samples[0][i]), Median(m->samples[1][i])};
    s.points.push_back(p);
    ns.push_back(p.n);
    ta.push_back(p.a_ms);
    tb.push_back(p.b_ms);
  }
  s.a_slope = LogLogSlope(ns, ta);
  s.b_slope = LogLogSlope(ns, tb);
  return s;
}

std::string RenderScalingText(const Scaling& s) {
  std::string out = fmt::format("A = {}\nB = {}\n", PrintableLine(s.a.label), PrintableLine(s.b.label));
  if (!s.compiled) return out + Printable(s.compile_log);
  if (s.failure)
    return out + fmt::format("{} is not accepted at {}: {} {}\n", s.failure->program == 0 ? "A" : "B",
                             PrintableLine(s.failure->case_name), VerdictCode(s.failure->verdict),
                             PrintableLine(s.failure->message));
  out += fmt::format("\nsize ladder from generators/{}.cpp (--n scaled):\n{:>12}  {:>10}  {:>10}\n",
                     PrintableLine(s.generator), "n",
                     "A ms", "B ms");
  for (const auto& p : s.points) out += fmt::format("{:>12.0f}  {:>10.2f}  {:>10.2f}\n", p.n, p.a_ms, p.b_ms);
  out += fmt::format("\nA grows like n^{:.2f}, B like n^{:.2f} (log-log slope of CPU time, median of {} rounds)\n",
                     s.a_slope, s.b_slope, s.rounds);
  return out + AccuracyText(s.accuracy);
}

nlohmann::json RenderScalingJson(const Scaling& s) {
  nlohmann::json j = {{"schema", 1}, {"problem", s.problem}, {"a", SideJson(s.a)}, {"b", SideJson(s.b)},
                      {"generator", s.generator}, {"rounds", s.rounds}};
  j["a"]["slope"] = Num(s.a_slope);
  j["b"]["slope"] = Num(s.b_slope);
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : s.points) points.push_back({{"n", p.n}, {"a_ms", Num(p.a_ms)}, {"b_ms", Num(p.b_ms)}});
  j["points"] = points;
  if (!s.compiled) j["compile_error"] = s.compile_log;
  if (s.failure) j["failure"] = FailureJson(*s.failure);
  AddAccuracyJson(s.accuracy, &j);
  return j;
}

}  // namespace judge
