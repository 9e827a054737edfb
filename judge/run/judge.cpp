#include "judge/run/judge.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>

#include "judge/check/external.h"
#include "judge/run/accuracy.h"
#include "judge/run/distributed.h"
#include "judge/base/files.h"
#include "judge/run/function.h"
#include "judge/run/interactive.h"
#include "judge/packages/package_dir.h"
#include "judge/timing/timing.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

double Ms(std::chrono::microseconds us) { return static_cast<double>(us.count()) / 1000.0; }

// A run over the CPU limit: killed for it, or finished past it.
int OverLimit(const sandbox::RunResult& run, const Limits& limits) {
  return run.termination == sandbox::Termination::kCpuTime || run.cpu_time > limits.time_limit;
}

// The judge stopped the run at a time limit: it did not finish, so re-running it only costs
// another limit.
bool KilledAtTimeLimit(const sandbox::RunResult& run) {
  return run.termination == sandbox::Termination::kCpuTime || run.termination == sandbox::Termination::kWallTime;
}

uint64_t InputBytes(const TestCase& tc) {
  std::error_code ec;
  const auto size = fs::file_size(tc.input, ec);
  return ec ? 0 : static_cast<uint64_t>(size);
}

// A distributed case as one run, for what is shared with the other kinds: the critical path's
// CPU and wall time, the largest node's memory and the answer's output.
sandbox::RunResult NodesAsOneRun(DistributedRun& run, const DistributedSpec& spec) {
  sandbox::RunResult one;
  for (const auto& node : run.nodes) {
    one.cpu_time = std::max(one.cpu_time, node.cpu_time);
    one.wall_time = std::max(one.wall_time, node.wall_time);
    one.memory_bytes = std::max(one.memory_bytes, node.memory_bytes);
    one.stderr_bytes += node.stderr_bytes;
    // Each node's stderr is shown in its own row (NodeResult), never as the case's; the layers
    // are de-duplicated once, into the report.
    one.missing_layers.insert(one.missing_layers.end(), node.missing_layers.begin(), node.missing_layers.end());
    MergeAccuracy(node.accuracy, &one.accuracy);
  }
  one.stdout_data = DistributedOutput(run, spec);
  return one;
}

std::vector<NodeResult> NodeResults(const DistributedRun& run, const Limits& limits, bool keep_io) {
  std::vector<NodeResult> out;
  for (size_t i = 0; i < run.nodes.size(); ++i) {
    const sandbox::RunResult& r = run.nodes[i];
    NodeResult n;
    n.id = static_cast<int>(i);
    n.stopped = run.relay.stopped[i];
    n.verdict = Classify(r, limits).verdict;
    n.cpu_ms = Ms(r.cpu_time);
    n.wall_ms = Ms(r.wall_time);
    n.memory_kb = r.memory_bytes / 1024;
    if (r.termination == sandbox::Termination::kExited) n.exit_code = r.exit_code;
    if (r.termination == sandbox::Termination::kSignaled) n.signal = SignalName(r.signal);
    const NodeTraffic& t = run.relay.traffic[i];
    n.messages_sent = t.messages_sent;
    n.bytes_sent = t.bytes_sent;
    n.messages_received = t.messages_received;
    n.bytes_received = t.bytes_received;
    if (keep_io) n.stderr_text = r.stderr_data;
    out.push_back(std::move(n));
  }
  return out;
}

// A case's input and answer, opened once beneath the package root (judge/packages/package_dir.h)
// when the case is judged. The loader refused every link leaving the package, but the package
// could change between loading and judging (a file swapped for a link to /etc/shadow): from
// here on only these descriptors are used (TOCTOU), never the paths again.
//   - the judge's own reads (the solution's stdin, opened by the box; the answer; shards of a
//     distributed input) go through /proc/self/fd/N, which reopens the very file held here;
//   - programs that get the files by path (a custom checker, an interactor) run as other
//     processes, where /proc/self/fd/N would not name these descriptors (nor would it inside a
//     box with its own /proc), so they get copies in the judge-owned scratch folder, made from
//     the descriptors (ChildCopies).
struct CaseFiles {
  sandbox::UniqueFd input;
  sandbox::UniqueFd answer;
  TestCase tc;  // the case, with input and answer as /proc/self/fd/N of the descriptors above
};

std::string FdPath(const sandbox::UniqueFd& fd) { return fmt::format("/proc/self/fd/{}", fd.get()); }

Result<CaseFiles> OpenCaseFiles(const PackageDir* pkg, const TestCase& tc) {
  CaseFiles files;
  files.tc = tc;
  auto input = OpenPackageFile(pkg, tc.input);
  if (!input) return input.error();
  files.input = std::move(*input);
  files.tc.input = FdPath(files.input);
  auto answer = OpenPackageFile(pkg, tc.answer);
  if (!answer) return answer.error();
  files.answer = std::move(*answer);
  files.tc.answer = FdPath(files.answer);
  return files;
}

Result<void> CopyFromFd(int from, const fs::path& to) {
  sandbox::UniqueFd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!out) return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}: {}", to.string(), std::strerror(errno)));
  off_t offset = 0;
  for (;;) {
    const ssize_t n = ::sendfile(out.get(), from, &offset, 1 << 30);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return MakeError(ErrorKind::kInternal, fmt::format("cannot write {}: {}", to.string(), std::strerror(errno)));
    if (n == 0) return {};
  }
}

// The case as a checker or an interactor gets it: input and answer copied into `dir`.
Result<TestCase> ChildCopies(const CaseFiles& files, const fs::path& dir) {
  TestCase tc = files.tc;
  tc.input = dir / "input";
  tc.answer = dir / "answer";
  if (auto r = CopyFromFd(files.input.get(), tc.input); !r) return r.error();
  if (auto r = CopyFromFd(files.answer.get(), tc.answer); !r) return r.error();
  return tc;
}

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
    case CheckerSpec::Type::kCustom: break;  // a program, run by Judge::Run
  }
  return {false, "unknown checker"};
}

RunVerdict CheckerVerdict(const checkers::ExternalResult& result) {
  using Outcome = checkers::ExternalResult::Outcome;
  switch (result.outcome) {
    case Outcome::kAccepted: return {Verdict::kAccepted, result.message};
    case Outcome::kRejected: return {Verdict::kWrongAnswer, result.message};
    case Outcome::kPartial:
      return {Verdict::kPartial,
              fmt::format("score {}{}", result.score, result.message.empty() ? "" : ": " + result.message)};
    case Outcome::kFailed: break;
  }
  return {Verdict::kJudgeError, result.message};
}

sandbox::RunRequest CaseRequest(const Problem& problem, const TestCase& tc) {
  sandbox::RunRequest request;
  request.argv = {"/box/prog"};
  request.stdin_path = tc.input.string();
  request.limits.cpu_time = problem.limits.time_limit;
  request.limits.wall_time = problem.limits.wall_time_limit;
  request.limits.memory_bytes = problem.limits.memory_bytes;
  request.limits.stdout_bytes = problem.limits.output_bytes;
  request.limits.file_size_bytes = problem.limits.output_bytes;
  request.limits.truncate_stdout = problem.limits.truncate_output;
  request.limits.max_processes = problem.limits.processes;
  request.limits.cap_address_space = problem.limits.cap_address_space;
  return request;
}

Result<sandbox::RunRequest> OpenedCaseRequest(const Problem& problem, const TestCase& tc) {
  auto input = OpenPackageFile(problem.dir, tc.input);
  if (!input) return input.error();
  sandbox::RunRequest request = CaseRequest(problem, tc);
  request.stdin_fd = input->Release();  // owned by the box's Run from here on
  return request;
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
  if (problem.kind == ProblemKind::kDistributed && problem.distributed) {
    report.nodes = problem.distributed->nodes;
    // What each node gets, so the requests, the verdicts and the report all use it.
    problem.limits.wall_time_limit = NodeWallLimit(problem.limits, report.nodes);
  }
  report.limits = problem.limits;

  obs.OnPhase(compiler_->PchReady() ? "compiling"
                                   : "compiling; first building the precompiled <bits/stdc++.h> (once per machine, about 15 s)");
  if (problem.kind == ProblemKind::kStdio || problem.kind == ProblemKind::kFunction) {
    report.form = FormName(SubmissionForm(problem, source.text));
    report.forms = FormsName(ProblemForms(problem));
  }
  auto program = WithHarness(problem, source);  // the function or class form's harness and header
  if (!program) return program.error();
  program->binary_limit_bytes = problem.limits.binary_bytes;
  auto compiled = compiler_->Compile(*program);
  if (!compiled) return compiled.error();
  report.compile = {compiled->ok, compiled->cached, static_cast<double>(compiled->wall.count()),
                    compiled->pch_wall.count() > 50 ? static_cast<double>(compiled->pch_wall.count()) : 0.0,
                    compiled->log};
  if (!compiled->ok) {
    if (report.form == "function" || report.form == "class")  // a definition that does not match the header
      report.compile.log += ExplainUndefinedReferences(*program, report.compile.log, problem.id);
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

  // A host-side scratch folder, for what must never live inside the box: the candidate's
  // output for a custom checker, the interactor's feedback, a distributed case's shards.
  const DistributedSpec* distributed =
      problem.kind == ProblemKind::kDistributed && problem.distributed ? &*problem.distributed : nullptr;
  std::optional<TempDir> scratch;
  if (problem.checker.type == CheckerSpec::Type::kCustom || problem.kind == ProblemKind::kInteractive || distributed) {
    auto tmp = TempDir::Create("case");
    if (!tmp) return tmp.error();
    scratch.emplace(std::move(*tmp));
  }
  // A custom checker: built (cached) before the first run; it reads the candidate's output
  // from a file in the scratch folder.
  std::optional<checkers::AuthorProgram> custom_checker;
  if (problem.checker.type == CheckerSpec::Type::kCustom) {
    obs.OnPhase("building the checker");
    auto built = checkers::BuildAuthorProgram(problem.checker.program, problem.include_dirs,
                                              problem.checker.program.lexically_relative(problem.dir).generic_string(),
                                              JudgeHome());
    if (!built) return built.error();
    custom_checker = std::move(*built);
  }
  // An interactive problem: the interactor is built like a checker and replaces it.
  std::optional<checkers::AuthorProgram> interactor;
  if (problem.kind == ProblemKind::kInteractive && problem.interactor) {
    obs.OnPhase("building the interactor");
    auto built = checkers::BuildAuthorProgram(problem.interactor->program, problem.include_dirs,
                                              problem.interactor->program.lexically_relative(problem.dir).generic_string(),
                                              JudgeHome());
    if (!built) return built.error();
    interactor = std::move(*built);
  }

  sandbox::BoxConfig config;
  config.mounts.push_back({sandbox::Mount::Kind::kBind, compiled->binary_dir.string(), "/box", false, 0, 0});
  config.allow_degraded = options.allow_unsandboxed;
  auto box = sandbox_->CreateBox(config);
  if (!box) return box.error();
  // A distributed problem: one box per node, all set up once for every case.
  std::vector<std::unique_ptr<sandbox::Box>> node_boxes;
  std::vector<sandbox::Box*> nodes;
  if (distributed) {
    obs.OnPhase(fmt::format("starting {} nodes", distributed->nodes));
    nodes.push_back(box->get());
    for (int k = 1; k < distributed->nodes; ++k) {
      auto b = sandbox_->CreateBox(config);
      if (!b) return b.error();
      nodes.push_back(b->get());
      node_boxes.push_back(std::move(*b));
    }
  }

  // The package root is opened once; each case's files are opened beneath it (OpenCaseFiles).
  std::optional<PackageDir> pkg;
  if (!problem.dir.empty()) {
    auto opened = PackageDir::Open(problem.dir);
    if (!opened) return opened.error();
    pkg = std::move(*opened);
  }
  int timeouts = 0;                        // cases killed at a time limit so far
  uint64_t smallest_timeout_input = UINT64_MAX;  // the smallest input among them, in bytes
  for (size_t i = 0; i < cases.size(); ++i) {
    const TestCase& tc = *cases[i];
    if (options.skip_after_timeouts > 0 && timeouts >= options.skip_after_timeouts &&
        InputBytes(tc) >= smallest_timeout_input) {
      report.skipped.push_back(tc.name);
      continue;
    }
    obs.OnCaseStart(i, cases.size(), tc);
    auto files = OpenCaseFiles(pkg ? &*pkg : nullptr, tc);
    if (!files) return files.error();
    sandbox::RunRequest request = CaseRequest(problem, files->tc);
    std::optional<InteractiveRun> interaction;
    std::optional<DistributedRun> spread;
    Result<sandbox::RunResult> run = Error{};
    if (distributed) {
      const fs::path dir = scratch->path() / fmt::format("shards{}", i);
      if (auto r = EnsureDir(dir); !r) return r.error();
      auto shards = WriteShards(files->tc.input, *distributed, dir);
      if (!shards) return shards.error();
      auto ran = RunDistributed(nodes, request, *shards, *distributed, options.keep_io);
      std::error_code ec;
      fs::remove_all(dir, ec);
      if (!ran) return ran.error();
      spread = std::move(*ran);
      run = NodesAsOneRun(*spread, *distributed);
    } else if (interactor) {
      const fs::path feedback = scratch->path() / fmt::format("case{}", i) / "feedback";
      if (auto r = EnsureDir(feedback); !r) return r.error();
      auto copies = ChildCopies(*files, feedback.parent_path());
      if (!copies) return copies.error();
      const auto timeout = problem.interactor->timeout.count() > 0
                               ? problem.interactor->timeout
                               : problem.limits.wall_time_limit + std::chrono::seconds(5);
      auto interacted = RunInteractive(**box, request, *interactor, *copies, feedback, timeout, options.keep_io);
      std::error_code ec;
      fs::remove(copies->input, ec);  // a copy per case would otherwise pile up until the end
      fs::remove(copies->answer, ec);
      if (!interacted) return interacted.error();
      run = interacted->solution;
      interaction = std::move(*interacted);
    } else {
      run = (*box)->Run(request);
    }
    if (!run) return run.error();
    for (const auto& layer : run->missing_layers)
      if (std::find(report.missing_layers.begin(), report.missing_layers.end(), layer) == report.missing_layers.end())
        report.missing_layers.push_back(layer);
    MergeAccuracy(run->accuracy, &report.accuracy);

    CaseResult cr;
    cr.name = tc.name;
    cr.sample = tc.sample;
    cr.cpu_ms = Ms(run->cpu_time);
    cr.wall_ms = Ms(run->wall_time);
    cr.memory_kb = run->memory_bytes / 1024;
    cr.stderr_bytes = run->stderr_bytes;
    if (run->termination == sandbox::Termination::kExited) cr.exit_code = run->exit_code;
    if (run->termination == sandbox::Termination::kSignaled) cr.signal = SignalName(run->signal);
    const RunVerdict rv = interaction ? InteractiveVerdict(*interaction, problem.limits)
                          : spread    ? DistributedVerdict(*spread, problem.limits)
                                      : Classify(*run, problem.limits);
    if (spread) cr.nodes = NodeResults(*spread, problem.limits, options.keep_io);
    if (spread && options.keep_io) cr.node_log = std::move(spread->relay.log);
    cr.verdict = rv.verdict;
    cr.message = rv.message;
    cr.rejected_first = interaction && RejectedFirst(*interaction);
    std::string expected;
    if (cr.verdict == Verdict::kAccepted || options.keep_io) {
      auto answer = ReadWholeFd(files->answer.get(), tc.answer.string());
      if (!answer) return MakeError(ErrorKind::kBadPackage, answer.error().message);
      expected = std::move(*answer);
    }
    if (interaction) {
      // The interactor was the checker.
    } else if (cr.verdict == Verdict::kAccepted && custom_checker) {
      const fs::path output = scratch->path() / "output";
      if (auto w = WriteFileAtomic(output, run->stdout_data); !w) return w.error();
      std::vector<std::string> flags = problem.checker.flags;
      flags.insert(flags.end(), tc.checker_flags.begin(), tc.checker_flags.end());
      auto copies = ChildCopies(*files, scratch->path());
      if (!copies) return copies.error();
      const auto ext = checkers::RunChecker(*custom_checker, problem.checker.protocol, flags, copies->input, copies->answer,
                                            output, scratch->path(), problem.checker.timeout);
      const RunVerdict checked = CheckerVerdict(ext);
      cr.verdict = checked.verdict;
      cr.message = checked.message;
    } else if (cr.verdict == Verdict::kAccepted) {
      CheckerSpec spec = problem.checker;
      if (tc.tokens) spec.tokens = *tc.tokens;  // this group's Kattis output_validator_flags
      const auto check = Check(spec, expected, run->stdout_data);
      cr.verdict = check.accepted ? Verdict::kAccepted : Verdict::kWrongAnswer;
      cr.message = check.message;
    }
    if (cr.verdict == Verdict::kTimeLimit && KilledAtTimeLimit(*run)) {
      ++timeouts;
      smallest_timeout_input = std::min(smallest_timeout_input, InputBytes(tc));
    }
    if (options.borderline_reruns > 0 && !interaction && !spread && !KilledAtTimeLimit(*run) &&
        (cr.verdict == Verdict::kAccepted || cr.verdict == Verdict::kTimeLimit) &&
        NearLimit(cr.cpu_ms, static_cast<double>(problem.limits.time_limit.count()))) {
      // Re-runs only say how stable the first run's verdict is; they never change it, so a
      // verdict is still decided by one run, like every other judge's.
      CaseResult::Borderline b{1, OverLimit(*run, problem.limits)};
      for (int k = 0; k < options.borderline_reruns; ++k) {
        obs.OnPhase(fmt::format("re-running {} (close to the time limit)", tc.name));
        auto again = (*box)->Run(request);
        if (!again) return again.error();
        ++b.runs;
        b.over += OverLimit(*again, problem.limits);
      }
      cr.borderline = b;
    }
    if (options.keep_io) {
      auto input = ReadWholeFd(files->input.get(), tc.input.string());
      if (input) cr.input = std::move(*input);
      cr.expected = std::move(expected);
      cr.actual = std::move(run->stdout_data);
      cr.stderr_text = std::move(run->stderr_data);
      if (interaction && interaction->conversation) {
        const Conversation& talk = *interaction->conversation;
        cr.conversation.emplace();
        for (const auto& line : talk.Shown())
          cr.conversation->push_back(line.gap ? line.text
                                              : fmt::format("{} {}", line.to_program ? '>' : '<', line.text));
        cr.input = talk.sent();
        cr.actual = talk.answered();
      }
    }
    obs.OnCaseDone(i, cases.size(), cr);
    report.cases.push_back(std::move(cr));
    if (options.fail_fast && report.cases.back().verdict != Verdict::kAccepted) break;
  }

  if (!report.skipped.empty())
    report.skipped_reason = fmt::format(
        "the solution already timed out on {} cases and these inputs are at least as large as the smallest of "
        "them ({} bytes); a skipped case cannot change the verdict (judge submit --all runs every case)",
        timeouts, smallest_timeout_input);
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
