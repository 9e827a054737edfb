#include "judge/cli/cli.h"

#include <fmt/format.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "judge/timing/compare.h"
#include "judge/run/compiler.h"
#include "judge/base/files.h"
#include "judge/run/function.h"
#include "judge/store/history.h"
#include "judge/cli/html.h"
#include "judge/run/judge.h"
#include "judge/timing/noise.h"
#include "judge/packages/problem_loader.h"
#include "judge/cli/report.h"
#include "judge/packages/scaffold.h"
#include "judge/authoring/stress.h"
#include "judge/packages/testdata.h"
#include "judge/timing/timing.h"
#include "judge/authoring/verify.h"
#include "sandbox/sandbox.h"

namespace judge {

const char* Version();

namespace {

namespace fs = std::filesystem;

constexpr int kExitOk = 0;
constexpr int kExitRejected = 1;
constexpr int kExitUsage = 2;
constexpr int kExitJudgeError = 3;
constexpr int kExitInterrupted = 130;

std::atomic<bool> g_interrupted{false};

void OnInterrupt(int) {
  if (g_interrupted.exchange(true)) _exit(kExitInterrupted);  // second Ctrl-C: leave now
}

int ExitCodeOf(const Error& e) {
  switch (e.kind) {
    case ErrorKind::kUsage:
    case ErrorKind::kBadPackage: return kExitUsage;
    case ErrorKind::kInternal:
    case ErrorKind::kUnavailable: return kExitJudgeError;
    case ErrorKind::kInterrupted: return kExitInterrupted;
  }
  return kExitJudgeError;
}

int Fail(const Error& e) {
  std::fprintf(stderr, "judge: %s\n", e.message.c_str());
  return ExitCodeOf(e);
}

// The live progress line on a terminal's stderr.
class ProgressLine : public Observer {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  ~ProgressLine() override { Clear(); }
  void OnPhase(std::string_view what) override { Show(fmt::format("{} ...", what)); }
  void OnCaseStart(size_t index, size_t total, const TestCase& c) override {
    if (g_interrupted) throw Interrupted();
    Show(fmt::format("[{}/{}] {}  {}", index + 1, total, c.name, failed_ ? fmt::format("({} failed)", failed_) : ""));
  }
  void OnCaseDone(size_t, size_t, const CaseResult& r) override { failed_ += r.verdict != Verdict::kAccepted; }
  void Clear() {
    if (enabled_ && shown_) std::fputs("\r\x1b[2K", stderr);
    shown_ = false;
  }
  struct Interrupted {};

 private:
  void Show(const std::string& text) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\x1b[2K%s", text.c_str());
    std::fflush(stderr);
    shown_ = true;
  }
  bool enabled_;
  bool shown_ = false;
  int failed_ = 0;
};

// The problem a command names: an id (JUDGE_PROBLEMS, then problems/) or a package folder.
Result<Problem> OpenProblem(std::string_view spec) {
  auto dir = ResolveProblem(spec);
  if (!dir) return dir.error();
  return LoadProblem(*dir);
}

// What every command that compiles and runs needs: JUDGE_HOME (created), the folders a dead
// judge left removed, the sandbox, the compiler with its cache and the test-data cache. Filled
// in place by Open(), never moved: TestData keeps pointers to the sandbox and the compiler.
struct Workbench {
  fs::path home;
  std::unique_ptr<sandbox::Sandbox> sandbox;
  std::optional<Compiler> compiler;
  std::optional<TestData> testdata;

  Workbench() = default;
  Workbench(const Workbench&) = delete;
  Workbench& operator=(const Workbench&) = delete;

  Result<void> Open() {
    home = JudgeHome();
    if (auto r = EnsureDir(home); !r) return r.error();
    CleanStaleTemp();
    sandbox = sandbox::MakeLinuxSandbox();
    auto created = Compiler::Create(*sandbox, home);
    if (!created) return created.error();
    compiler.emplace(std::move(*created));
    testdata.emplace(*compiler, *sandbox, home);
    return {};
  }
};

std::string MachineFingerprint() {
  struct utsname u {};
  uname(&u);
  return fmt::format("{}; {} {}", CpuFingerprint(), u.sysname, u.release);
}

struct SubmitArgs {
  std::string problem;
  std::string solution;
  bool json = false;
  double time_limit = 0;
  bool no_save = false;
  bool no_ladder = false;
  bool fail_fast = false;
  bool allow_unsandboxed = false;
};

// Times the candidate against every accepted reference (timing.h RunLadder). Reference timings
// are not cached across sessions: a ratio is only honest when both sides ran in the same
// session on the same core (drift between sessions is larger than the differences we report).
Result<Ladder> TimeLadder(sandbox::Sandbox& sandbox, Compiler& compiler, TestData& testdata, Problem problem,
                          const SourceFile& source, bool allow_unsandboxed, ProgressLine& progress) {
  auto compiled = compiler.Compile(source);  // a cache hit: Judge::Run just built it
  if (!compiled) return compiled.error();
  if (!compiled->ok) return MakeError(ErrorKind::kInternal, "the accepted solution no longer compiles");
  if (auto r = testdata.Materialize(problem, false); !r) return r.error();
  PinToOneCore();
  LadderOptions options;
  options.allow_unsandboxed = allow_unsandboxed;
  options.progress = [&](std::string_view what) { progress.OnPhase(fmt::format("speed ladder: {}", what)); };
  options.interrupted = [] { return g_interrupted.load(); };
  return RunLadder(sandbox, compiler, problem, compiled->binary_dir, options);
}

int RunJudge(const SubmitArgs& args, bool samples_only) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  auto source = ReadSource(args.solution);
  if (!source) return Fail(source.error());
  source = WithHarness(*problem, std::move(*source));  // so the speed ladder's compile is the same
  if (!source) return Fail(source.error());
  if (args.time_limit < 0 || (args.time_limit > 0 && args.time_limit > 600))
    return Fail(MakeError(ErrorKind::kUsage, "--time-limit must be between 0 and 600 seconds"));
  if (samples_only && std::none_of(problem->cases.begin(), problem->cases.end(), [](const TestCase& c) { return c.sample; }))
    return Fail(MakeError(ErrorKind::kUsage, fmt::format("problem '{}' has no sample cases", problem->id)));

  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  Judge judge(*bench.sandbox, *bench.compiler, *bench.testdata);
  if (problem->time_limit_source == TimeLimitSource::kDerived && !ApplyCachedTimeLimit(*problem, bench.home) &&
      args.time_limit <= 0)
    std::fprintf(stderr, "judge: warning: %s has no time limit and none was derived on this machine yet; using %lld ms "
                 "(run 'judge verify %s' to derive it)\n", problem->id.c_str(),
                 static_cast<long long>(problem->limits.time_limit.count()), args.problem.c_str());

  JudgeOptions options;
  options.samples_only = samples_only;
  options.keep_io = samples_only;
  options.fail_fast = args.fail_fast;
  options.allow_unsandboxed = args.allow_unsandboxed;
  options.borderline_reruns = samples_only ? 0 : 3;
  if (args.time_limit > 0)
    options.time_limit = std::chrono::milliseconds(static_cast<int64_t>(args.time_limit * 1000));

  const bool tty = isatty(STDERR_FILENO) && !args.json;
  ProgressLine progress(tty);
  Result<Report> report = Error{};
  try {
    report = judge.Run(*problem, *source, options, &progress);
  } catch (const ProgressLine::Interrupted&) {
    progress.Clear();
    return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
  }
  progress.Clear();
  if (g_interrupted) return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
  if (!report) return Fail(report.error());

  // The reference ladder: every accepted reference timed with the candidate in this session,
  // interleaved on one pinned core; only for accepted attempts that are saved.
  std::optional<Ladder> ladder;
  std::string ladder_error;
  if (!samples_only && !args.no_save && !args.no_ladder && IsSingleProgram(*problem) &&
      report->verdict == Verdict::kAccepted) {
    try {
      auto l = TimeLadder(*bench.sandbox, *bench.compiler, *bench.testdata, *problem, *source, args.allow_unsandboxed,
                          progress);
      if (l) ladder = std::move(*l);
      else if (l.error().kind == ErrorKind::kInterrupted) throw ProgressLine::Interrupted();
      else ladder_error = l.error().message;
    } catch (const ProgressLine::Interrupted&) {
      progress.Clear();
      return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
    }
    progress.Clear();
  }

  if (!samples_only && !args.no_save) {
    Attempt attempt;
    attempt.timing_noise = TimingNoiseJson(ProbeTimingNoise());
    if (ladder) attempt.ratio_to_ref = RatioToFastest(*ladder);
    attempt.problem = report->problem;
    attempt.verdict = VerdictCode(report->verdict);
    attempt.cpu_ms = report->summary.cpu_ms;
    attempt.max_memory_kb = report->summary.max_memory_kb;
    attempt.source = source->text;
    attempt.compiler = bench.compiler->version();
    attempt.flags = bench.compiler->FlagsString();
    attempt.machine = MachineFingerprint();
    for (const auto& c : report->cases)
      attempt.cases.push_back({c.name, VerdictCode(c.verdict), c.cpu_ms, c.wall_ms, c.memory_kb, c.exit_code,
                               c.signal, c.message});
    auto history = History::Open(bench.home / "history.sqlite");
    if (!history) {
      report->save_error = history.error().message;
    } else if (auto id = history->Save(attempt); !id) {
      report->save_error = id.error().message;
    } else {
      report->attempt = *id;
    }
  }

  if (args.json) {
    nlohmann::json out = RenderJson(*report);
    AddBorderlineJson(out, *report);
    if (!samples_only) {
      out["ladder"] = ladder ? LadderJson(*ladder) : nlohmann::json::array();
      const auto ratio = ladder ? RatioToFastest(*ladder) : std::nullopt;
      out["ratio_to_ref"] = ratio ? nlohmann::json(*ratio) : nlohmann::json(nullptr);
      if (!ladder_error.empty()) out["ladder_error"] = ladder_error;
    }
    std::cout << out.dump(2) << '\n';
    if (!report->save_error.empty()) std::fprintf(stderr, "judge: attempt not saved: %s\n", report->save_error.c_str());
  } else {
    Style style{isatty(STDOUT_FILENO) != 0};
    std::cout << (samples_only ? RenderSamples(*report, style) : RenderText(*report, style));
    std::cout << RenderBorderlineNotes(*report);
    if (ladder && !ladder->rungs.empty())
      std::cout << fmt::format("speed: {} ({} rounds on {} timed cases, same session)\n", LadderPlacement(*ladder),
                               ladder->rounds, ladder->cases.size());
    if (ladder)
      for (const auto& s : ladder->skipped) std::cout << "reference skipped: " << s << '\n';
    if (!ladder_error.empty()) std::cout << "speed: not measured: " << ladder_error << '\n';
  }
  if (report->verdict == Verdict::kJudgeError) return kExitJudgeError;  // a checker misbehaved
  return report->verdict == Verdict::kAccepted ? kExitOk : kExitRejected;
}

int List(bool json) {
  auto problems = LoadAllProblems();
  nlohmann::json out = {{"schema", 1}, {"problems", nlohmann::json::array()}};
  int status = kExitOk;
  std::string text = fmt::format("{:<28} {:<8} {:<12} {}\n", "id", "level", "kind", "title  [tags]");
  for (const auto& p : problems) {
    if (!p) {
      std::fprintf(stderr, "judge: %s\n", p.error().message.c_str());
      status = kExitUsage;
      continue;
    }
    out["problems"].push_back({{"id", p->id}, {"title", p->title}, {"tags", p->tags},
                               {"difficulty", DifficultyName(p->difficulty)}, {"kind", ProblemKindName(p->kind)}});
    std::string tags;
    for (const auto& t : p->tags) tags += (tags.empty() ? "" : ", ") + t;
    text += fmt::format("{:<28} {:<8} {:<12} {}  [{}]\n", p->id, DifficultyName(p->difficulty),
                        ProblemKindName(p->kind), p->title, tags);
  }
  if (json) std::cout << out.dump(2) << '\n';
  else std::cout << text;
  return status;
}

int Show(const std::string& name) {
  auto problem = OpenProblem(name);
  if (!problem) return Fail(problem.error());
  auto statement = ReadFile(problem->dir / "statement.md");
  if (!statement) return Fail(MakeError(ErrorKind::kBadPackage, statement.error().message));
  std::cout << fmt::format("{} ({}, {})  CPU {} ms, memory {} MiB per {}\n\n", problem->title,
                           DifficultyName(problem->difficulty), problem->id, problem->limits.time_limit.count(),
                           problem->limits.memory_bytes >> 20,
                           problem->kind == ProblemKind::kDistributed ? "node per case" : "case")
            << *statement;
  if (!statement->empty() && statement->back() != '\n') std::cout << '\n';
  auto signature = FunctionSignature(*problem);
  if (!signature) return Fail(signature.error());
  if (!signature->empty()) {
    // A function problem: the candidate implements what this header declares.
    std::cout << fmt::format("\n## Signature ({})\n\n```cpp\n{}{}```\n",
                             problem->function->header.lexically_relative(problem->dir).generic_string(), *signature,
                             signature->back() == '\n' ? "" : "\n");
  }
  if (problem->kind == ProblemKind::kDistributed && problem->distributed) {
    const DistributedSpec& d = *problem->distributed;
    std::cout << fmt::format(
        "\n## Nodes\n\n{} nodes, each with {} ms of CPU and {} MiB per case; each reads its shard of the input "
        "({}{}) and may send {} messages and {:.1f} MiB. The answer is {}. "
        "`#include \"message.h\"`: the API is in the README, section \"Distributed problems\".\n",
        d.nodes, problem->limits.time_limit.count(), problem->limits.memory_bytes >> 20,
        d.split == DistributedSpec::Split::kContiguous   ? "contiguous runs of lines"
        : d.split == DistributedSpec::Split::kRoundRobin ? "every N-th line"
                                                         : "every node gets the whole input",
        d.header_lines > 0 ? fmt::format(", after {} header line(s) every node gets", d.header_lines) : "",
        d.max_messages, static_cast<double>(d.max_send_bytes) / (1 << 20),
        d.output == DistributedSpec::Output::kNode0 ? "node 0's output" : "every node's output, in id order");
  }
  return kExitOk;
}

int Doctor(bool json) {
  auto layers = sandbox::ProbeHost();
  bool ok = true;
  nlohmann::json out = {{"schema", 1}, {"layers", nlohmann::json::array()}};
  std::string text;
  for (const auto& l : layers) {
    ok &= l.present || !l.mandatory;
    out["layers"].push_back({{"name", l.name}, {"present", l.present}, {"mandatory", l.mandatory}, {"detail", l.detail}});
    text += fmt::format("  {:<4} {:<34} {}\n", l.present ? "ok" : (l.mandatory ? "FAIL" : "--"), l.name, l.detail);
  }
  out["ok"] = ok;
  const TimingNoise noise = ProbeTimingNoise();
  out["timing"] = nlohmann::json::parse(TimingNoiseJson(noise));
  if (json) {
    std::cout << out.dump(2) << '\n';
  } else {
    std::cout << "sandbox layers on this host:\n" << text
              << (ok ? "judge can run fully sandboxed here.\n"
                     : "judge cannot sandbox here: fix the FAIL lines (or pass --allow-unsandboxed, at your own risk).\n");
    std::cout << "\ntiming noise on this host (stored with every attempt):\n" << RenderTimingNoise(noise);
  }
  return ok ? kExitOk : kExitJudgeError;
}

Result<void> WriteHtml(const std::string& file, const std::string& html) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) return MakeError(ErrorKind::kUsage, fmt::format("cannot write '{}'", file));
  out << html;
  out.close();
  if (!out) return MakeError(ErrorKind::kUsage, fmt::format("cannot write '{}'", file));
  return {};
}

int HistoryCommand(const std::string& name, bool json, const std::string& html) {
  auto problem = OpenProblem(name);
  if (!problem) return Fail(problem.error());
  const fs::path db = JudgeHome() / "history.sqlite";
  std::vector<Attempt> attempts;
  std::error_code ec;
  if (fs::exists(db, ec)) {
    auto history = History::Open(db);
    if (!history) return Fail(history.error());
    auto list = history->List(problem->id);
    if (!list) return Fail(list.error());
    attempts = std::move(*list);
  }
  if (!html.empty())
    if (auto w = WriteHtml(html, RenderHistoryHtml(problem->id, attempts)); !w) return Fail(w.error());
  if (json) {
    nlohmann::json out = {{"schema", 1}, {"problem", problem->id}, {"attempts", nlohmann::json::array()}};
    for (const auto& a : attempts)
      out["attempts"].push_back({{"id", a.id}, {"created", a.created}, {"verdict", a.verdict}, {"cpu_ms", a.cpu_ms},
                                 {"ratio_to_ref", a.ratio_to_ref ? nlohmann::json(*a.ratio_to_ref) : nlohmann::json(nullptr)},
                                 {"source_sha256", a.source_sha256}});
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  if (attempts.empty()) {
    std::cout << fmt::format("no attempts on {} yet (judge submit {} solution.cpp)\n", problem->id, problem->id);
    return kExitOk;
  }
  Style style{isatty(STDOUT_FILENO) != 0};
  std::cout << style.Bold(fmt::format("{:>5}  {:<20}  {:<7} {:>10} {:>9}  {}\n", "id", "when (UTC)", "verdict",
                                      "CPU ms", "vs ref", "source"));
  for (const auto& a : attempts) {
    auto v = ParseVerdictCode(a.verdict).value_or(Verdict::kJudgeError);
    std::cout << fmt::format("{:>5}  {:<20}  {} {:>10.1f} {:>9}  {}\n", a.id, a.created,
                             style.Paint(fmt::format("{:<7}", a.verdict), v), a.cpu_ms,
                             a.ratio_to_ref ? fmt::format("{:.2f}x", *a.ratio_to_ref) : "-",
                             a.source_sha256.substr(0, 12));
  }
  std::cout << "\nCPU time per attempt (sum over cases):\n" << TerminalTrend(attempts);
  return kExitOk;
}

struct CompareArgs {
  std::string problem;
  std::string a;
  std::string b;
  bool json = false;
  double budget = 60;
  std::string html;
  bool scaling = false;
  std::uint64_t seed = 1;
  bool allow_unsandboxed = false;
};

int CompareCommand(const CompareArgs& args) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  if (!(args.budget > 0 && args.budget <= 3600))
    return Fail(MakeError(ErrorKind::kUsage, "--budget must be between 0 and 3600 seconds"));
  if (args.b.empty() && !args.scaling)
    return Fail(MakeError(ErrorKind::kUsage, "compare needs two programs: judge compare <problem> <A> <B>"));
  // The sides first: a mistyped attempt or file fails before the sandbox and compiler are set up.
  const fs::path db = JudgeHome() / "history.sqlite";
  std::optional<History> history;
  std::error_code ec;
  if (fs::exists(db, ec)) {
    auto opened = History::Open(db);
    if (!opened) return Fail(opened.error());
    history.emplace(std::move(*opened));
  }
  auto a = ResolveSide(args.a, *problem, history ? &*history : nullptr);
  if (!a) return Fail(a.error());
  auto b = ResolveSide(args.b.empty() ? "ref" : args.b, *problem, history ? &*history : nullptr);
  if (!b) return Fail(b.error());
  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  ProgressLine progress(isatty(STDERR_FILENO) && !args.json);
  CompareOptions options;
  options.budget = std::chrono::milliseconds(static_cast<int64_t>(args.budget * 1000));
  options.seed = args.seed;
  options.allow_unsandboxed = args.allow_unsandboxed;
  options.progress = [&](std::string_view what) { progress.OnPhase(what); };
  options.interrupted = [] { return g_interrupted.load(); };

  if (args.scaling) {
    auto s = RunScaling(*bench.sandbox, *bench.compiler, *bench.testdata, *problem, std::move(*a), std::move(*b),
                        options);
    progress.Clear();
    if (!s) return Fail(s.error());
    if (args.json) std::cout << RenderScalingJson(*s).dump(2) << '\n';
    else std::cout << RenderScalingText(*s);
    return !s->compiled || s->failure ? kExitRejected : kExitOk;
  }
  auto c =
      RunCompare(*bench.sandbox, *bench.compiler, *bench.testdata, *problem, std::move(*a), std::move(*b), options);
  progress.Clear();
  if (!c) return Fail(c.error());
  if (!args.html.empty())
    if (auto w = WriteHtml(args.html, RenderCompareHtml(*c)); !w) return Fail(w.error());
  if (args.json) std::cout << RenderCompareJson(*c).dump(2) << '\n';
  else std::cout << RenderCompareText(*c);
  return !c->compiled || c->failure ? kExitRejected : kExitOk;
}

struct VerifyArgs {
  std::string problem;
  bool json = false;
  bool allow_unsandboxed = false;
};

int VerifyCommand(const VerifyArgs& args) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  Judge judge(*bench.sandbox, *bench.compiler, *bench.testdata);
  ProgressLine progress(isatty(STDERR_FILENO) && !args.json);
  VerifyOptions options;
  options.allow_unsandboxed = args.allow_unsandboxed;
  Result<VerifyReport> report = Error{};
  try {
    report = Verify(*problem, judge, *bench.testdata, bench.home, options, &progress);
  } catch (const ProgressLine::Interrupted&) {
    progress.Clear();
    return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
  }
  progress.Clear();
  if (!report) return Fail(report.error());
  if (args.json) std::cout << RenderVerifyJson(*report).dump(2) << '\n';
  else std::cout << RenderVerifyText(*report);
  return VerifyExitCode(*report);
}

int NewCommand(const std::string& id, const std::string& folder) {
  fs::path parent = folder;
  if (parent.empty()) {
    const char* extra = std::getenv("JUDGE_PROBLEMS");
    parent = extra && *extra ? fs::path(extra) : fs::current_path();
  }
  auto created = ScaffoldProblem(parent, id);
  if (!created) return Fail(created.error());
  const fs::path dir = parent / id;
  std::cout << fmt::format("created {}:\n", dir.string());
  for (const auto& f : *created) std::cout << "  " << f << '\n';
  std::cout << fmt::format("next: write statement.md, data/ and submissions/accepted/solution.cpp, then\n"
                           "  judge verify {}\n", dir.string());
  return kExitOk;
}

struct StressCommandArgs {
  std::string problem;
  std::string solution;
  std::string ref;
  std::string generator;
  int iterations = 500;
  double time = 60;
  std::uint64_t seed = 1;
  int min_n = 1;
  int max_n = 10;
  bool save = false;
  bool json = false;
  bool allow_unsandboxed = false;
};

// `s` as one shell word.
std::string ShellWord(const std::string& s) {
  if (!s.empty() && s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./=:+,@%") ==
                        std::string::npos)
    return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int StressCommand(const StressCommandArgs& args) {
  if (args.iterations < 1 || args.iterations > 10'000'000)
    return Fail(MakeError(ErrorKind::kUsage, "--iterations must be between 1 and 10000000"));
  if (!(args.time > 0 && args.time <= 86'400))
    return Fail(MakeError(ErrorKind::kUsage, "--time must be between 0 and 86400 seconds"));
  if (args.max_n < 1 || args.min_n < 1 || args.min_n > args.max_n)
    return Fail(MakeError(ErrorKind::kUsage, "--min-n and --max-n must be at least 1, --min-n at most --max-n"));
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  auto source = ReadSource(args.solution);
  if (!source) return Fail(source.error());
  if (!args.ref.empty())
    if (auto ref = ReadSource(args.ref); !ref) return Fail(ref.error());

  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  ApplyCachedTimeLimit(*problem, bench.home);
  ProgressLine progress(isatty(STDERR_FILENO) && !args.json);
  StressOptions options;
  options.reference = args.ref;
  options.generator = args.generator;
  options.iterations = args.iterations;
  options.time_budget = std::chrono::milliseconds(static_cast<int64_t>(args.time * 1000));
  options.seed = args.seed;
  options.min_n = args.min_n;
  options.max_n = args.max_n;
  options.allow_unsandboxed = args.allow_unsandboxed;
  options.progress = [&](std::string_view what) { progress.OnPhase(what); };
  options.interrupted = [] { return g_interrupted.load(); };
  auto r = RunStress(*bench.sandbox, *bench.compiler, *bench.testdata, bench.home, *problem, *source, options);
  progress.Clear();
  if (!r) return Fail(r.error());

  fs::path saved;
  std::string reproduce;
  if (r->failure) {
    if (args.save) {
      auto s = SaveStressCase(*problem, *r->failure);
      if (!s) return Fail(s.error());
      saved = *s;
    }
    reproduce = fmt::format("judge stress {} {} --seed {} --min-n {} --max-n {} --iterations 1", ShellWord(args.problem),
                            ShellWord(args.solution), r->failure->seed, r->failure->n, r->failure->n);
    if (!args.ref.empty()) reproduce += " --ref " + ShellWord(args.ref);
    if (!args.generator.empty()) reproduce += " --generator " + ShellWord(args.generator);
  }
  if (args.json)
    std::cout << RenderStressJson(*r, reproduce, saved).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << '\n';
  else
    std::cout << RenderStressText(*r, reproduce, saved);
  return !r->compiled || r->failure ? kExitRejected : kExitOk;
}

}  // namespace

int RunCli(int argc, char** argv) {
  struct sigaction sa {};
  sa.sa_handler = OnInterrupt;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);

  CLI::App app{"judge: a C++ practice judge for ML and data-science engineering interviews.\n"
               "Compiles your solution, runs it in a sandbox on hidden cases, reports verdicts and speed."};
  app.set_version_flag("--version", fmt::format("judge {}", Version()));
  app.require_subcommand(1);
  app.fallthrough(false);

  SubmitArgs submit_args;
  auto* submit = app.add_subcommand("submit", "Judge a solution on every case of a problem and save the attempt");
  submit->add_option("problem", submit_args.problem, "problem id or package folder")->required();
  submit->add_option("solution", submit_args.solution, "your C++ source file")->required();
  submit->add_flag("--json", submit_args.json, "print one JSON document (schema 1) on stdout");
  submit->add_option("--time-limit", submit_args.time_limit, "override the CPU time limit per case (seconds)");
  submit->add_flag("--no-save", submit_args.no_save, "do not store the attempt in the history");
  submit->add_flag("--fail-fast", submit_args.fail_fast, "stop at the first failing case");
  submit->add_flag("--no-ladder", submit_args.no_ladder,
                   "skip timing the accepted solution against the reference solutions");
  submit->add_flag("--allow-unsandboxed", submit_args.allow_unsandboxed,
                   "run even where a sandbox layer is missing (every report then says so)");

  SubmitArgs test_args;
  auto* test = app.add_subcommand("test", "Run the samples only, with input, expected and actual output and a diff");
  test->add_option("problem", test_args.problem, "problem id or package folder")->required();
  test->add_option("solution", test_args.solution, "your C++ source file")->required();
  test->add_flag("--json", test_args.json, "print one JSON document (schema 1) on stdout");
  test->add_option("--time-limit", test_args.time_limit, "override the CPU time limit per case (seconds)");
  test->add_flag("--allow-unsandboxed", test_args.allow_unsandboxed, "run even where a sandbox layer is missing");

  bool list_json = false;
  auto* list = app.add_subcommand("list", "The problems, with tags and difficulty");
  list->add_flag("--json", list_json, "print JSON");

  std::string show_problem;
  auto* show = app.add_subcommand("show", "Print a problem's statement");
  show->add_option("problem", show_problem, "problem id or package folder")->required();

  bool doctor_json = false;
  auto* doctor = app.add_subcommand("doctor", "Which sandbox layers this host supports, and what to fix");
  doctor->add_flag("--json", doctor_json, "print JSON");

  std::string history_problem;
  bool history_json = false;
  auto* history = app.add_subcommand("history", "Past attempts on a problem");
  history->add_option("problem", history_problem, "problem id or package folder")->required();
  history->add_flag("--json", history_json, "print JSON");
  std::string history_html;
  history->add_option("--html", history_html, "also write an HTML page with charts to FILE");

  CompareArgs compare_args;
  auto* compare = app.add_subcommand(
      "compare",
      "Noise-aware runtime comparison: time(B)/time(A) with a 95% interval, A and B interleaved on one core.\n"
      "A and B are attempt ids (12 or #12), paths to .cpp files, or 'ref' (the problem's reference solution)");
  compare->add_option("problem", compare_args.problem, "problem id or package folder")->required();
  compare->add_option("A", compare_args.a, "attempt id, .cpp file or ref")->required();
  compare->add_option("B", compare_args.b, "attempt id, .cpp file or ref (with --scaling: default ref)");
  compare->add_flag("--json", compare_args.json, "print one JSON document (schema 1) on stdout");
  compare->add_option("--budget", compare_args.budget, "seconds of measuring at most (default 60)");
  compare->add_option("--html", compare_args.html, "also write an HTML page with the per-case ratios to FILE");
  compare->add_flag("--scaling", compare_args.scaling,
                    "time A and B on a size ladder (n/16 .. n of the biggest generated case) and fit n^k");
  compare->add_option("--seed", compare_args.seed, "seed of the randomised run order (default 1)");
  compare->add_flag("--allow-unsandboxed", compare_args.allow_unsandboxed, "run even where a sandbox layer is missing");

  VerifyArgs verify_args;
  auto* verify = app.add_subcommand(
      "verify", "Check a package: every submissions/<verdict>/ solution gets its verdict, validators pass, "
                "time limit derived");
  verify->add_option("problem", verify_args.problem, "problem id or package folder (native or Kattis)")->required();
  verify->add_flag("--json", verify_args.json, "print one JSON document (schema 1) on stdout");
  verify->add_flag("--allow-unsandboxed", verify_args.allow_unsandboxed, "run even where a sandbox layer is missing");

  std::string new_id, new_dir;
  auto* new_problem = app.add_subcommand("new", "Scaffold a new problem package that judge verify accepts once filled in");
  new_problem->add_option("id", new_id, "the problem id (lowercase letters, digits, '-')")->required();
  new_problem->add_option("--dir", new_dir, "create it in FOLDER (default: $JUDGE_PROBLEMS, else the current folder)");

  StressCommandArgs stress_args;
  auto* stress = app.add_subcommand(
      "stress", "Run small generated inputs until the solution and the reference disagree (or the solution fails), "
                "shrink the failing input and print it");
  stress->add_option("problem", stress_args.problem, "problem id or package folder")->required();
  stress->add_option("solution", stress_args.solution, "your C++ source file")->required();
  stress->add_option("--ref", stress_args.ref,
                     "the reference solution (default: the package's [reference] solution, else the first "
                     "submissions/accepted/*.cpp)");
  stress->add_option("--generator", stress_args.generator,
                     "generators/NAME.cpp (default: the generator of the first [[generated]] case)");
  stress->add_option("--iterations", stress_args.iterations, "inputs to try at most (default 500)");
  stress->add_option("--time", stress_args.time, "seconds of searching at most (default 60; shrinking has its own)");
  stress->add_option("--seed", stress_args.seed, "seed of the first input; the i-th uses seed + i (default 1)");
  stress->add_option("--min-n", stress_args.min_n, "smallest --n passed to the generator (default 1)");
  stress->add_option("--max-n", stress_args.max_n, "largest --n passed to the generator (default 10)");
  stress->add_flag("--save", stress_args.save,
                   "add the shrunk input and the reference's answer to the package as data/secret/stress-<k>.in/.ans");
  stress->add_flag("--json", stress_args.json, "print one JSON document (schema 1) on stdout");
  stress->add_flag("--allow-unsandboxed", stress_args.allow_unsandboxed, "run even where a sandbox layer is missing");

  std::string help_topic;
  auto* help = app.add_subcommand("help", "Show help for judge or one command");
  help->add_option("command", help_topic, "a command");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    if (what.empty()) what = e.get_name();
    std::fprintf(stderr, "judge: %s (see 'judge --help')\n", what.c_str());
    return kExitUsage;
  }

  if (*submit) return RunJudge(submit_args, false);
  if (*test) return RunJudge(test_args, true);
  if (*list) return List(list_json);
  if (*show) return Show(show_problem);
  if (*doctor) return Doctor(doctor_json);
  if (*history) return HistoryCommand(history_problem, history_json, history_html);
  if (*compare) return CompareCommand(compare_args);
  if (*verify) return VerifyCommand(verify_args);
  if (*new_problem) return NewCommand(new_id, new_dir);
  if (*stress) return StressCommand(stress_args);
  if (*help) {
    if (help_topic.empty()) {
      std::cout << app.help();
      return kExitOk;
    }
    for (auto* sub : app.get_subcommands({}))
      if (sub->get_name() == help_topic) {
        std::cout << sub->help();
        return kExitOk;
      }
    return Fail(MakeError(ErrorKind::kUsage, fmt::format("no command '{}' (see 'judge --help')", help_topic)));
  }
  return kExitUsage;
}

}  // namespace judge
