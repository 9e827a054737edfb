#include "judge/cli/cli.h"

#include <fmt/format.h>
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
#include "judge/cli/cache.h"
#include "judge/run/compiler.h"
#include "judge/base/files.h"
#include "judge/base/terminal.h"
#include "judge/packages/package_dir.h"
#include "judge/run/function.h"
#include "judge/cli/history_view.h"
#include "judge/cli/html.h"
#include "judge/cli/problem_list.h"
#include "judge/run/judge.h"
#include "judge/run/package_box.h"
#include "judge/timing/noise.h"
#include "judge/packages/problem_loader.h"
#include "judge/cli/report.h"
#include "judge/cli/submit.h"
#include "judge/cli/team.h"
#include "judge/store/history.h"
#include "judge/cli/workbench.h"
#include "judge/packages/scaffold.h"
#include "judge/packages/starter.h"
#include "judge/authoring/stress.h"
#include "judge/packages/testdata.h"
#include "judge/timing/timing.h"
#include "judge/authoring/verify.h"
#include "sandbox/sandbox.h"

namespace judge {

const char* Version();

namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_interrupted{false};

void OnInterrupt(int) {
  if (g_interrupted.exchange(true)) _exit(kExitInterrupted);  // second Ctrl-C: leave now
}

int Fail(const Error& e) {
  std::fprintf(stderr, "judge: %s\n", Printable(e.message).c_str());
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
    std::fprintf(stderr, "\r\x1b[2K%s", PrintableLine(text).c_str());
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

int RunJudge(const SubmitArgs& args, bool samples_only) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  auto source = ReadSource(args.solution);
  if (!source) return Fail(source.error());
  source = WithHarness(*problem, std::move(*source));  // so the speed ladder's compile is the same
  if (!source) return Fail(source.error());
  if (auto checked = CheckSubmitArgs(args); !checked) return Fail(checked.error());
  if (samples_only && std::none_of(problem->cases.begin(), problem->cases.end(), [](const TestCase& c) { return c.sample; }))
    return Fail(MakeError(ErrorKind::kUsage, fmt::format("problem '{}' has no sample cases", problem->id)));

  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  if (problem->time_limit_source == TimeLimitSource::kDerived && !ApplyCachedTimeLimit(*problem, bench.home) &&
      args.time_limit <= 0)
    std::fprintf(stderr, "judge: warning: %s has no time limit and none was derived on this machine yet; using %lld ms "
                 "(run 'judge verify %s' to derive it)\n", PrintableLine(problem->id).c_str(),
                 static_cast<long long>(problem->limits.time_limit.count()), PrintableLine(args.problem).c_str());

  const bool tty = isatty(STDERR_FILENO) && !args.json;
  ProgressLine progress(tty);
  Result<Submission> submission = Error{};
  try {
    submission = JudgeSubmission(bench, *problem, *source, args, samples_only, &progress,
                                 [] { return g_interrupted.load(); });
  } catch (const ProgressLine::Interrupted&) {
    progress.Clear();
    return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
  }
  progress.Clear();
  if (!submission) return Fail(submission.error());

  if (submission->attempt) {
    Report& report = submission->report;
    auto history = History::Open(bench.home / "history.sqlite");
    if (!history) {
      report.save_error = history.error().message;
    } else if (auto id = history->Save(*submission->attempt); !id) {
      report.save_error = id.error().message;
    } else {
      report.attempt = *id;
    }
  }

  const SubmitOutput output = RenderSubmission(*submission, args.json, samples_only, Style{isatty(STDOUT_FILENO) != 0});
  std::cout << output.out;
  std::cout.flush();
  std::fputs(output.err.c_str(), stderr);
  return output.exit_code;
}

struct ListArgs {
  bool json = false;
  bool todo = false;
  std::vector<std::string> tags;
  std::string difficulty;
};

int List(const ListArgs& args) {
  ListFilter filter;
  filter.todo = args.todo;
  filter.tags = args.tags;
  if (!args.difficulty.empty()) {
    filter.difficulty = ParseDifficulty(args.difficulty);
    if (!filter.difficulty)
      return Fail(MakeError(ErrorKind::kUsage, fmt::format("--difficulty must be easy, medium or hard, not '{}'",
                                                           args.difficulty)));
  }
  int status = kExitOk;
  std::vector<Problem> problems;
  for (auto& p : LoadAllProblems()) {
    if (!p) {
      std::fprintf(stderr, "judge: %s\n", Printable(p.error().message).c_str());
      status = kExitUsage;
      continue;
    }
    problems.push_back(std::move(*p));
  }
  // Progress comes from the history when there is one; a missing history means nothing tried.
  std::vector<ProblemProgress> progress;
  const fs::path db = JudgeHome() / "history.sqlite";
  std::error_code ec;
  if (fs::exists(db, ec)) {
    auto history = History::Open(db);
    if (!history) return Fail(history.error());
    auto got = history->Progress();
    if (!got) return Fail(got.error());
    progress = std::move(*got);
  }
  const auto listed = FilterProblems(problems, progress, filter);
  if (args.json) std::cout << DumpJson(RenderProblemListJson(listed)) << '\n';
  else std::cout << Printable(RenderProblemList(listed, problems.size()));
  return status;
}

struct StartArgs {
  std::string problem;
  std::string file;
  std::string form;  // "stdio", "function" or "class"; "": the function or class form when offered
};

int StartCommand(const StartArgs& args) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  const fs::path file = args.file.empty() ? fs::path(problem->id + ".cpp") : fs::path(args.file);
  std::error_code ec;
  if (fs::symlink_status(file, ec).type() != fs::file_type::not_found)
    return Fail(MakeError(ErrorKind::kUsage,
                          fmt::format("{} already exists; judge start never overwrites a file (name another: judge "
                                      "start {} FILE)",
                                      file.string(), args.problem)));
  const auto forms = ProblemForms(*problem);
  const bool offers_function = !forms.empty() && forms.back() != Form::kStdio;
  const bool offers_stdio = forms.empty() || forms.front() == Form::kStdio;
  bool stdio_form = !offers_function;
  if (!args.form.empty()) {
    if (args.form != "stdio" && args.form != "function" && args.form != "class")
      return Fail(MakeError(ErrorKind::kUsage, fmt::format("--form must be stdio, function or class, not '{}'", args.form)));
    stdio_form = args.form == "stdio";
    // "function" and "class" name what the problem offers: asking a class problem for a
    // function (or the reverse) is a mistake worth saying, not a silent other starter.
    if ((stdio_form && !offers_stdio) || (!stdio_form && (!offers_function || args.form != FormName(forms.back()))))
      return Fail(MakeError(ErrorKind::kUsage,
                            fmt::format("{} does not offer the {} form (its forms: {})", problem->id, args.form,
                                        forms.empty() ? std::string(ProblemKindName(problem->kind)) : FormsName(forms))));
  }
  auto starter = MakeStarter(*problem, file.string(), stdio_form);
  if (!starter) return Fail(starter.error());
  if (auto w = WriteNewFile(file, starter->text); !w) return Fail(w.error());
  std::string other;  // the other form, for a problem that offers two
  if (offers_stdio && offers_function)
    other = stdio_form ? fmt::format(" (the {} form: --form {})", FormName(forms.back()), FormName(forms.back()))
                       : " (the stdio form: --form stdio)";
  std::cout << Printable(fmt::format("wrote {}: {}{}\nnext: judge test {} {}\n", file.string(), starter->summary, other,
                                     args.problem, file.string()));
  return kExitOk;
}

int Show(const std::string& name) {
  auto problem = OpenProblem(name);
  if (!problem) return Fail(problem.error());
  auto statement = ReadPackageFile(problem->dir, problem->dir / "statement.md");
  if (!statement) return Fail(MakeError(ErrorKind::kBadPackage, statement.error().message));
  // Title, statement and header are the package's text: escaped as a whole before printing.
  std::string out = fmt::format("{} ({}, {})  CPU {} ms, memory {} MiB per {}\n\n", problem->title,
                           DifficultyName(problem->difficulty), problem->id, problem->limits.time_limit.count(),
                           problem->limits.memory_bytes >> 20,
                           problem->kind == ProblemKind::kDistributed ? "node per case" : "case") +
                    *statement;
  if (!statement->empty() && statement->back() != '\n') out += '\n';
  auto signature = FunctionSignature(*problem);
  if (!signature) return Fail(signature.error());
  if (!signature->empty()) {
    // The function or class form: the candidate implements what this header declares.
    const auto forms = ProblemForms(*problem);
    const std::string header = problem->function->header.lexically_relative(problem->dir).generic_string();
    out += fmt::format("\n## Signature ({})\n\n", header);
    if (forms.size() > 1)
      out += fmt::format("Forms: {}. A file that defines main is judged as stdio; any other file is judged in the {} "
                         "form: it implements what {} declares, and the package's harness reads the input, calls "
                         "it and prints the answer.\n\n",
                         FormsName(forms), FormName(forms.back()), header);
    out += fmt::format("```cpp\n{}{}```\n", *signature, signature->back() == '\n' ? "" : "\n");
  }
  if (problem->kind == ProblemKind::kDistributed && problem->distributed) {
    const DistributedSpec& d = *problem->distributed;
    out += fmt::format(
        "\n## Nodes\n\n{} nodes, each with {} ms of CPU and {} MiB per case; each reads its shard of the input "
        "({}{}) and may send {} messages and {:.1f} MiB{}. The answer is {}. "
        "`#include \"message.h\"`: the API is in the README, section \"Distributed problems\".\n",
        d.nodes, problem->limits.time_limit.count(), problem->limits.memory_bytes >> 20,
        d.split == DistributedSpec::Split::kContiguous   ? "contiguous runs of lines"
        : d.split == DistributedSpec::Split::kRoundRobin ? "every N-th line"
                                                         : "every node gets the whole input",
        d.header_lines > 0 ? fmt::format(", after {} header line(s) every node gets", d.header_lines) : "",
        d.max_messages, static_cast<double>(d.max_send_bytes) / (1 << 20),
        d.max_receive_bytes == UINT64_MAX
            ? ""
            : fmt::format(", and be sent at most {:.1f} MiB", static_cast<double>(d.max_receive_bytes) / (1 << 20)),
        d.output == DistributedSpec::Output::kNode0 ? "node 0's output" : "every node's output, in id order");
  }
  std::cout << Printable(out);
  return kExitOk;
}

int Doctor(bool json) {
  auto layers = sandbox::ProbeHost();
  const sandbox::ModeStatus mode = sandbox::ProbeMode();
  bool ok = true;
  nlohmann::json out = {{"schema", 1},
                        {"mode", sandbox::SandboxModeName(mode.mode)},
                        {"mode_reason", mode.reason},
                        {"identity", mode.identity},
                        {"resources", mode.resources},
                        {"accuracy", mode.accuracy},
                        {"layers", nlohmann::json::array()}};
  std::string text = fmt::format("  mode       {} ({})\n  identity   {}\n  resources  {}\n",
                                 sandbox::SandboxModeName(mode.mode), mode.reason, mode.identity, mode.resources);
  for (const auto& note : mode.accuracy) text += "  accuracy   " + note + "\n";
  for (const auto& l : layers) {
    ok &= l.present || !l.mandatory;
    out["layers"].push_back({{"name", l.name}, {"present", l.present}, {"mandatory", l.mandatory}, {"detail", l.detail}});
    if (!l.fallback.empty()) out["layers"].back()["fallback"] = l.fallback;
    text += fmt::format("  {:<4} {:<34} {}\n", l.present ? "ok" : (l.mandatory ? "FAIL" : "--"), l.name, l.detail);
  }
  out["ok"] = ok;
  const TimingNoise noise = ProbeTimingNoise();
  out["timing"] = nlohmann::json::parse(TimingNoiseJson(noise));
  auto cache_bytes = BinaryCache::MaxBytesFromEnvironment();
  if (!cache_bytes) return Fail(cache_bytes.error());
  const HomeUsage home = MeasureHome(JudgeHome(), *cache_bytes);
  out["cache"] = HomeUsageJson(home);
  if (json) {
    std::cout << DumpJson(out) << '\n';
  } else {
    std::cout << "sandbox on this host:\n" << Printable(text)
              << (ok ? "judge can run fully sandboxed here.\n"
                     : "judge cannot sandbox here: fix the FAIL lines (or pass --allow-unsandboxed, at your own risk).\n");
    std::cout << "\ntiming noise on this host (stored with every attempt):\n" << RenderTimingNoise(noise);
    std::cout << "\ndisk used by the judge ('judge cache --prune' frees what is rebuilt on demand):\n"
              << RenderHomeUsage(home);
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

int HistoryCommand(const std::string& name, bool json, const std::string& html, const std::string& db) {
  auto problem = OpenProblem(name);
  if (!problem) return Fail(problem.error());
  std::vector<Attempt> attempts;
  auto history = OpenAttemptStore(TeamDatabase(db));
  if (!history) return Fail(history.error());
  if (*history) {
    auto list = (*history)->List(problem->id);
    if (!list) return Fail(list.error());
    attempts = std::move(*list);
  }
  if (!html.empty())
    if (auto w = WriteHtml(html, RenderHistoryHtml(problem->id, attempts)); !w) return Fail(w.error());
  if (json) std::cout << DumpJson(RenderHistoryJson(problem->id, attempts)) << '\n';
  else std::cout << RenderHistoryText(problem->id, attempts, Style{isatty(STDOUT_FILENO) != 0});
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
  double threshold_percent = 3;
  std::string db;
};

int CompareCommand(const CompareArgs& args) {
  auto problem = OpenProblem(args.problem);
  if (!problem) return Fail(problem.error());
  if (!(args.budget > 0 && args.budget <= 3600))
    return Fail(MakeError(ErrorKind::kUsage, "--budget must be between 0 and 3600 seconds"));
  if (!(args.threshold_percent >= 0 && args.threshold_percent <= 100))
    return Fail(MakeError(ErrorKind::kUsage, "--threshold must be between 0 and 100 (percent)"));
  if (args.b.empty() && !args.scaling)
    return Fail(MakeError(ErrorKind::kUsage, "compare needs two programs: judge compare <problem> <A> <B>"));
  // The sides first: a mistyped attempt or file fails before the sandbox and compiler are set up.
  auto history = OpenAttemptStore(TeamDatabase(args.db));
  if (!history) return Fail(history.error());
  auto a = ResolveSide(args.a, *problem, history->get());
  if (!a) return Fail(a.error());
  auto b = ResolveSide(args.b.empty() ? "ref" : args.b, *problem, history->get());
  if (!b) return Fail(b.error());
  Workbench bench;
  if (auto r = bench.Open(); !r) return Fail(r.error());
  ProgressLine progress(isatty(STDERR_FILENO) && !args.json);
  CompareOptions options;
  options.budget = std::chrono::milliseconds(static_cast<int64_t>(args.budget * 1000));
  options.seed = args.seed;
  options.threshold = args.threshold_percent / 100;
  options.allow_unsandboxed = args.allow_unsandboxed;
  options.progress = [&](std::string_view what) { progress.OnPhase(what); };
  options.interrupted = [] { return g_interrupted.load(); };

  if (args.scaling) {
    auto s = RunScaling(*bench.sandbox, *bench.compiler, *bench.testdata, *problem, std::move(*a), std::move(*b),
                        options);
    progress.Clear();
    if (!s) return Fail(s.error());
    if (args.json) std::cout << DumpJson(RenderScalingJson(*s)) << '\n';
    else std::cout << Printable(RenderScalingText(*s));
    return !s->compiled || s->failure ? kExitRejected : kExitOk;
  }
  auto c =
      RunCompare(*bench.sandbox, *bench.compiler, *bench.testdata, *problem, std::move(*a), std::move(*b), options);
  progress.Clear();
  if (!c) return Fail(c.error());
  if (!args.html.empty())
    if (auto w = WriteHtml(args.html, RenderCompareHtml(*c)); !w) return Fail(w.error());
  if (args.json) std::cout << DumpJson(RenderCompareJson(*c)) << '\n';
  else std::cout << Printable(RenderCompareText(*c));
  return !c->compiled || c->failure ? kExitRejected : kExitOk;
}

struct VerifyArgs {
  std::string problem;
  bool json = false;
  bool allow_unsandboxed = false;
  bool all = false;
  int jobs = 1;
  double speed_factor = 0;  // 0: measure this machine
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
  options.all_cases = args.all;
  options.jobs = args.jobs;
  if (args.speed_factor > 0) options.speed_factor = args.speed_factor;
  Result<VerifyReport> report = Error{};
  try {
    report = Verify(*problem, judge, *bench.testdata, bench.home, options, &progress);
  } catch (const ProgressLine::Interrupted&) {
    progress.Clear();
    return Fail(MakeError(ErrorKind::kInterrupted, "interrupted"));
  }
  progress.Clear();
  if (!report) return Fail(report.error());
  if (args.json) std::cout << DumpJson(RenderVerifyJson(*report)) << '\n';
  else std::cout << Printable(RenderVerifyText(*report));
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
  std::string text = fmt::format("created {}:\n", dir.string());
  for (const auto& f : *created) text += "  " + f + '\n';
  text += fmt::format("next: write statement.md, data/ and submissions/accepted/solution.cpp, then\n"
                      "  judge verify {}\n", dir.string());
  std::cout << Printable(text);
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
    std::cout << DumpJson(RenderStressJson(*r, reproduce, saved))
              << '\n';
  else
    std::cout << Printable(RenderStressText(*r, reproduce, saved));
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
  submit->add_flag("--all", submit_args.all,
                   "run every case, even after the solution timed out on several (by default later cases at "
                   "least as large as one that timed out are skipped)");
  submit->add_flag("--no-ladder", submit_args.no_ladder,
                   "skip timing the accepted solution against the reference solutions");
  submit->add_flag("--allow-unsandboxed", submit_args.allow_unsandboxed,
                   "run even where a sandbox layer is missing (every report then says so)");
  submit->add_option("--label", submit_args.label,
                     "a note stored with the attempt and shown by history and compare (one line)");
  submit->add_option("--db", submit_args.db,
                     "queue it for the team's workers on this PostgreSQL database (URL or service=NAME; default "
                     "$JUDGE_DB) and wait for the result");
  submit->add_flag("--no-wait", submit_args.no_wait, "with --db: print the job id and return once it is queued");

  SubmitArgs test_args;
  auto* test = app.add_subcommand("test", "Run the samples only, with input, expected and actual output and a diff");
  test->add_option("problem", test_args.problem, "problem id or package folder")->required();
  test->add_option("solution", test_args.solution, "your C++ source file")->required();
  test->add_flag("--json", test_args.json, "print one JSON document (schema 1) on stdout");
  test->add_option("--time-limit", test_args.time_limit, "override the CPU time limit per case (seconds)");
  test->add_flag("--allow-unsandboxed", test_args.allow_unsandboxed, "run even where a sandbox layer is missing");

  ListArgs list_args;
  auto* list = app.add_subcommand(
      "list", "The problems, with tags, difficulty and your progress from the history (solved, attempted, best ratio)");
  list->add_flag("--json", list_args.json, "print JSON");
  list->add_flag("--todo", list_args.todo, "only problems you have not solved yet");
  list->add_option("--tag", list_args.tags, "only problems with this tag (repeat for several)");
  list->add_option("--difficulty", list_args.difficulty, "only problems of this difficulty: easy, medium or hard");

  StartArgs start_args;
  auto* start = app.add_subcommand(
      "start", "Write a starter file: the function or class to fill in, or a stdio skeleton; never overwrites");
  start->add_option("problem", start_args.problem, "problem id or package folder")->required();
  start->add_option("file", start_args.file, "the file to write (default: <problem>.cpp here)");
  start->add_option("--form", start_args.form,
                    "stdio (a main reading stdin), or function/class (what the header declares, driven by the "
                    "package's harness); default: the function or class form when the problem offers one, as "
                    "interviews use it");

  std::string show_problem;
  auto* show = app.add_subcommand("show", "Print a problem's statement");
  show->add_option("problem", show_problem, "problem id or package folder")->required();

  bool doctor_json = false;
  auto* doctor = app.add_subcommand("doctor", "Which sandbox layers this host supports, and what to fix");
  doctor->add_flag("--json", doctor_json, "print JSON");

  bool cache_prune = false, cache_json = false;
  auto* cache = app.add_subcommand("cache", "How much disk JUDGE_HOME uses, part by part; --prune frees the caches");
  cache->add_flag("--prune", cache_prune,
                  "remove compiled binaries (except those a running judge uses), built author programs and "
                  "generators, generated tests, and precompiled headers of other compilers");
  cache->add_flag("--json", cache_json, "print JSON");

  std::string history_problem;
  bool history_json = false;
  auto* history = app.add_subcommand("history", "Past attempts on a problem");
  history->add_option("problem", history_problem, "problem id or package folder")->required();
  history->add_flag("--json", history_json, "print JSON");
  std::string history_html;
  history->add_option("--html", history_html, "also write an HTML page with charts to FILE");
  std::string history_db;
  history->add_option("--db", history_db, "the team's shared history on this PostgreSQL database (default $JUDGE_DB)");

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
  compare->add_option("--threshold", compare_args.threshold_percent,
                      "the practical threshold in percent (default 3, 0 allowed): a measured difference whose "
                      "whole interval lies within it is reported as within the threshold");
  compare->add_flag("--allow-unsandboxed", compare_args.allow_unsandboxed, "run even where a sandbox layer is missing");
  compare->add_option("--db", compare_args.db,
                      "attempt ids refer to the team's shared history on this PostgreSQL database (default $JUDGE_DB)");

  std::string db_url;
  auto* db = app.add_subcommand("db", "The team's shared queue and history in PostgreSQL");
  db->require_subcommand(1);
  auto* db_init = db->add_subcommand("init", "Create or upgrade the schema and roles (idempotent; run as the owner)");
  db_init->add_option("--db", db_url, "PostgreSQL URL or service=NAME (default $JUDGE_DB)");

  WorkerArgs worker_args;
  auto* worker = app.add_subcommand(
      "worker", "Judge the team's queued jobs until SIGTERM (the current job is finished first)");
  worker->add_option("--db", worker_args.db, "PostgreSQL URL or service=NAME (default $JUDGE_DB)");
  worker->add_option("--idle-exit", worker_args.idle_exit, "exit after SECONDS without a job (default: never)");
  worker->add_option("--lease", worker_args.lease,
                     "seconds a claimed job stays ours without a renewal (default 30; renewed every third)");

  std::string queue_db;
  bool queue_json = false;
  auto* queue = app.add_subcommand("queue", "Queued, running, done and failed jobs, and the live workers");
  queue->add_option("--db", queue_db, "PostgreSQL URL or service=NAME (default $JUDGE_DB)");
  queue->add_flag("--json", queue_json, "print one JSON document (schema 1) on stdout");

  VerifyArgs verify_args;
  auto* verify = app.add_subcommand(
      "verify", "Check a package: every submissions/<verdict>/ solution gets its verdict, validators pass, "
                "time limit derived");
  verify->add_option("problem", verify_args.problem, "problem id or package folder (native or Kattis)")->required();
  verify->add_flag("--json", verify_args.json, "print one JSON document (schema 1) on stdout");
  verify->add_flag("--allow-unsandboxed", verify_args.allow_unsandboxed, "run even where a sandbox layer is missing");
  verify->add_flag("--all", verify_args.all, "run every case of every submission, not only up to its first failure");
  verify->add_option("--jobs,-j", verify_args.jobs,
                     "judge up to N submissions at once where no timing is at stake (default 1)")
      ->check(CLI::Range(1, 64));
  verify->add_option("--speed-factor", verify_args.speed_factor,
                     "scale a Kattis package's explicit time limit by F instead of measuring this machine (1: off)")
      ->check(CLI::Range(1.0, 10.0));

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
    std::fprintf(stderr, "judge: %s (see 'judge --help')\n", Printable(what).c_str());
    return kExitUsage;
  }
  // Package programs run in boxes of their own (package_box.h); the flag covers them too.
  AllowDegradedPackageBoxes(submit_args.allow_unsandboxed || test_args.allow_unsandboxed ||
                            compare_args.allow_unsandboxed || verify_args.allow_unsandboxed ||
                            stress_args.allow_unsandboxed);

  if (*submit) {
    submit_args.db = TeamDatabase(submit_args.db);
    if (!submit_args.db.empty()) return TeamSubmit(submit_args, [] { return g_interrupted.load(); });
    if (submit_args.no_wait)
      return Fail(MakeError(ErrorKind::kUsage, "--no-wait queues a job for the team's workers: it needs --db URL "
                                               "(or JUDGE_DB)"));
    return RunJudge(submit_args, false);
  }
  if (*test) return RunJudge(test_args, true);
  if (*list) return List(list_args);
  if (*start) return StartCommand(start_args);
  if (*show) return Show(show_problem);
  if (*doctor) return Doctor(doctor_json);
  if (*cache) return CacheCommand(cache_prune, cache_json);
  if (*history) return HistoryCommand(history_problem, history_json, history_html, history_db);
  if (*db_init) return DbInitCommand(TeamDatabase(db_url));
  if (*worker) {
    worker_args.db = TeamDatabase(worker_args.db);
    return WorkerCommand(worker_args, [] { return g_interrupted.load(); });
  }
  if (*queue) return QueueCommand(TeamDatabase(queue_db), queue_json);
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
