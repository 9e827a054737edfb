#include "judge/judge.h"

#include <fmt/format.h>

#include <algorithm>

#include "judge/files.h"

namespace judge {

namespace {

double Ms(std::chrono::microseconds us) { return static_cast<double>(us.count()) / 1000.0; }

Observer& Quiet() {
  static Observer quiet;
  return quiet;
}

}  // namespace

checkers::CheckResult Check(const CheckerSpec& checker, std::string_view expected, std::string_view actual) {
  switch (checker.type) {
    case CheckerSpec::Type::kTokens:
    case CheckerSpec::Type::kFloat: return checkers::CheckTokens(expected, actual, checker.tokens);
    case CheckerSpec::Type::kExact: return checkers::CheckExact(expected, actual);
    case CheckerSpec::Type::kUnordered: return checkers::CheckUnorderedLines(expected, actual);
  }
  return {false, "unknown checker"};
}

Verdict OverallVerdict(const std::vector<CaseResult>& cases) {
  for (const auto& c : cases)
    if (c.verdict != Verdict::kAccepted) return c.verdict;
  return Verdict::kAccepted;
}

Result<Report> Judge::Run(Problem problem, const SourceFile& source, const JudgeOptions& options,
                          Observer* observer) {
  Observer& obs = observer ? *observer : Quiet();
  Report report;
  report.problem = problem.id;
  report.title = problem.title;
  if (options.time_limit) {
    problem.limits.time_limit = *options.time_limit;
    problem.limits.wall_time_limit = 2 * *options.time_limit + std::chrono::seconds(1);
  }
  report.limits = problem.limits;

  obs.OnPhase("compiling");
  auto compiled = compiler_->Compile(source);
  if (!compiled) return compiled.error();
  report.compile = {compiled->ok, compiled->cached, static_cast<double>(compiled->wall.count()), compiled->log};
  if (!compiled->ok) {
    report.verdict = Verdict::kCompileError;
    return report;
  }

  if (auto r = testdata_->Materialize(problem, options.samples_only,
                                      [&](std::string_view what) { obs.OnPhase(what); });
      !r)
    return r.error();

  std::vector<const TestCase*> cases;
  for (const auto& c : problem.cases)
    if (!options.samples_only || c.sample) cases.push_back(&c);

  sandbox::BoxConfig config;
  config.mounts.push_back({sandbox::Mount::Kind::kBind, compiled->binary_dir.string(), "/box", false, 0, 0});
  config.allow_degraded = options.allow_unsandboxed;
  auto box = sandbox_->CreateBox(config);
  if (!box) return box.error();

  for (size_t i = 0; i < cases.size(); ++i) {
    const TestCase& tc = *cases[i];
    obs.OnCaseStart(i, cases.size(), tc);
    sandbox::RunRequest request;
    request.argv = {"/box/prog"};
    request.stdin_path = tc.input.string();
    request.limits.cpu_time = problem.limits.time_limit;
    request.limits.wall_time = problem.limits.wall_time_limit;
    request.limits.memory_bytes = problem.limits.memory_bytes;
    request.limits.stdout_bytes = problem.limits.output_bytes;
    request.limits.file_size_bytes = problem.limits.output_bytes;
    request.limits.max_processes = problem.limits.processes;
    auto run = (*box)->Run(request);
    if (!run) return run.error();
    for (const auto& layer : run->missing_layers)
      if (std::find(report.missing_layers.begin(), report.missing_layers.end(), layer) == report.missing_layers.end())
        report.missing_layers.push_back(layer);

    CaseResult cr;
    cr.name = tc.name;
    cr.sample = tc.sample;
    cr.cpu_ms = Ms(run->cpu_time);
    cr.wall_ms = Ms(run->wall_time);
    cr.memory_kb = run->memory_bytes / 1024;
    if (run->termination == sandbox::Termination::kExited) cr.exit_code = run->exit_code;
    if (run->termination == sandbox::Termination::kSignaled) cr.signal = SignalName(run->signal);
    const RunVerdict rv = Classify(*run, problem.limits);
    cr.verdict = rv.verdict;
    cr.message = rv.message;
    std::string expected;
    if (cr.verdict == Verdict::kAccepted || options.keep_io) {
      auto answer = ReadFile(tc.answer);
      if (!answer) return MakeError(ErrorKind::kBadPackage, answer.error().message);
      expected = std::move(*answer);
    }
    if (cr.verdict == Verdict::kAccepted) {
      const auto check = Check(problem.checker, expected, run->stdout_data);
      cr.verdict = check.accepted ? Verdict::kAccepted : Verdict::kWrongAnswer;
      cr.message = check.message;
    }
    if (options.keep_io) {
      auto input = ReadFile(tc.input);
      if (input) cr.input = std::move(*input);
      cr.expected = std::move(expected);
      cr.actual = std::move(run->stdout_data);
      cr.stderr_text = std::move(run->stderr_data);
    }
    obs.OnCaseDone(i, cases.size(), cr);
    report.cases.push_back(std::move(cr));
    if (options.fail_fast && report.cases.back().verdict != Verdict::kAccepted) break;
  }

  Summary& s = report.summary;
  s.total = static_cast<int>(cases.size());
  for (const auto& c : report.cases) {
    s.passed += c.verdict == Verdict::kAccepted;
    s.cpu_ms += c.cpu_ms;
    s.max_memory_kb = std::max(s.max_memory_kb, c.memory_kb);
    if (c.cpu_ms >= s.slowest_cpu_ms) {
      s.slowest_cpu_ms = c.cpu_ms;
      s.slowest_case = c.name;
    }
  }
  report.verdict = OverallVerdict(report.cases);
  return report;
}

}  // namespace judge
