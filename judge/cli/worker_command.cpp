// `judge worker`: the store's worker loop (judge/store/worker.h) around the local submit path.
// A queued job is candidate input that may not have come from `judge submit` (a candidate can
// INSERT a job by hand), so everything in it is checked again here before it is used.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <ctime>
#include <limits>

#include "judge/authoring/verify.h"
#include "judge/base/files.h"
#include "judge/base/terminal.h"
#include "judge/cli/cli.h"
#include "judge/cli/team.h"
#include "judge/packages/content_hash.h"
#include "judge/packages/problem_loader.h"
#include "judge/run/function.h"
#include "judge/run/verdict.h"
#include "judge/store/worker.h"

namespace judge {

namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

// A problem id as `judge list` shows them: never a path, so a job cannot name a folder.
bool IsProblemId(std::string_view id) {
  if (id.empty() || id.size() > 100 || id == "." || id == "..") return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

// The job's file name as one safe path component, for compiler messages and the history.
std::string SafeFileName(std::string_view file) {
  std::string name = fs::path(std::string(file)).filename().string();
  if (name.empty() || name.size() > 100 || name == "." || name == ".." ||
      !std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '+';
      }))
    return "solution.cpp";
  return name;
}

std::string ShortHash(const std::string& hash) { return hash.substr(0, 12); }

// "AC", "WA on secret/3", "CE": the log line's verdict.
std::string Summary(const Report& r) {
  if (r.verdict == Verdict::kAccepted || r.verdict == Verdict::kCompileError) return VerdictCode(r.verdict);
  for (const auto& c : r.cases)
    if (c.verdict != Verdict::kAccepted) return fmt::format("{} on {}", VerdictCode(r.verdict), c.name);
  return VerdictCode(r.verdict);
}

JobOutcome Refused(std::string reason) {
  JobOutcome o;
  o.kind = JobOutcome::Kind::kRefused;
  o.reason = std::move(reason);
  return o;
}

JobOutcome Failed(const Error& e) {
  JobOutcome o;
  o.kind = JobOutcome::Kind::kFailed;
  o.reason = e.message;
  // A bad package or a bad request fails the same way everywhere: fail the job now, with the
  // exit code a local submit would have had. A judge error may be this worker's alone.
  o.final = e.kind == ErrorKind::kBadPackage || e.kind == ErrorKind::kUsage;
  o.exit_code = ExitCodeOf(e);
  o.stop_worker = e.kind == ErrorKind::kUnavailable;
  return o;
}

void SetTimeLimit(Problem& problem, milliseconds limit, std::string origin) {
  problem.limits.time_limit = limit;
  problem.limits.wall_time_limit = 2 * limit + std::chrono::seconds(1);
  problem.time_limit_origin = std::move(origin);
}

// A package without a time limit is judged with the limit derived on this kind of machine, as
// `judge verify` derives it per machine: shared by the team (calibrations), else this worker's
// own cache, else derived now by running verify once.
void Calibrate(Workbench& bench, Problem& problem, const std::optional<Calibration>& shared, const WorkerOptions& options,
               JobOutcome& outcome) {
  if (problem.time_limit_source != TimeLimitSource::kDerived) return;
  if (shared) {
    SetTimeLimit(problem, shared->time_limit, fmt::format("calibrated for this machine by worker {}", shared->worker));
    return;
  }
  if (ApplyCachedTimeLimit(problem, bench.home)) {
    outcome.calibration = Calibration{problem.limits.time_limit, std::numeric_limits<double>::quiet_NaN(), options.name};
    return;
  }
  options.log(fmt::format("{} has no time limit: deriving one on this machine (judge verify), once", problem.id));
  Judge judge(*bench.sandbox, *bench.compiler, *bench.testdata);
  auto report = Verify(problem, judge, *bench.testdata, bench.home, VerifyOptions{}, nullptr);
  if (report && report->slowest_accepted_ms > 0) {
    SetTimeLimit(problem, report->time_limit, "derived on this machine by judge verify");
    outcome.calibration = Calibration{report->time_limit, report->slowest_accepted_ms, options.name};
  } else {
    options.log(fmt::format("{}: no time limit could be derived ({}); using {} ms", problem.id,
                            report ? report->time_limit_origin : report.error().message,
                            problem.limits.time_limit.count()));
  }
}

JobOutcome JudgeJob(Workbench& bench, const WorkerOptions& options, const Job& job,
                    const std::optional<Calibration>& calibration) {
  const JobRequest& r = job.request;
  if (!IsProblemId(r.problem))
    return Failed(MakeError(ErrorKind::kUsage, fmt::format("'{}' is not a problem id", r.problem.substr(0, 100))));
  auto dir = ResolveProblem(r.problem);
  if (!dir) return Refused(fmt::format("this worker has no problem '{}'", r.problem));
  auto hash = PackageContentHash(*dir);
  if (!hash) return Refused(fmt::format("its copy of {} cannot be read: {}", r.problem, hash.error().message));
  if (*hash != r.package_sha256)
    return Refused(fmt::format("its copy of the package {} differs ({} has content hash {}, the job was submitted "
                               "against {})",
                               r.problem, dir->string(), ShortHash(*hash), ShortHash(r.package_sha256)));
  auto problem = LoadProblem(*dir);
  if (!problem) return Failed(problem.error());

  // The source goes through the same checks as a file given to `judge submit`.
  auto scratch = TempDir::Create("job");
  if (!scratch) return Failed(scratch.error());
  const fs::path file = scratch->path() / SafeFileName(r.file);
  if (auto written = WriteFileAtomic(file, r.source); !written) return Failed(written.error());
  auto source = ReadSource(file);
  if (!source) return Failed(source.error());
  source = WithHarness(*problem, std::move(*source));
  if (!source) return Failed(source.error());

  SubmitArgs args;
  args.problem = dir->string();
  args.solution = file.string();
  args.fail_fast = r.fail_fast;
  args.no_ladder = r.no_ladder;
  if (r.label) args.label = *r.label;
  if (r.time_limit) args.time_limit = static_cast<double>(r.time_limit->count()) / 1000.0;
  if (auto checked = CheckSubmitArgs(args); !checked) return Failed(checked.error());

  JobOutcome outcome;
  Calibrate(bench, *problem, calibration, options, outcome);
  auto submission = JudgeSubmission(bench, *problem, *source, args, /*samples_only=*/false, nullptr, [] { return false; });
  if (!submission) {
    JobOutcome failed = Failed(submission.error());
    failed.calibration = outcome.calibration;
    return failed;
  }
  outcome.kind = JobOutcome::Kind::kJudged;
  outcome.summary = Summary(submission->report);
  outcome.attempt = std::move(*submission->attempt);
  outcome.attempt.package_sha256 = *hash;
  // Rendered exactly as `judge submit` renders it, with and without --json; plain text, since
  // the worker cannot know whether the candidate's terminal has colours.
  outcome.render = [s = std::move(*submission)](std::int64_t attempt_id) mutable {
    s.report.attempt = attempt_id;
    const SubmitOutput text = RenderSubmission(s, /*json=*/false, false, Style{false});
    const SubmitOutput json = RenderSubmission(s, /*json=*/true, false, Style{false});
    return RenderedResult{text.out, json.out, text.exit_code};
  };
  return outcome;
}

std::string HostName() {
  char host[256] = {};
  if (gethostname(host, sizeof(host) - 1) != 0 || host[0] == '\0') return "localhost";
  return host;
}

}  // namespace

int WorkerCommand(const WorkerArgs& args, const std::function<bool()>& stop) {
  auto fail = [](const Error& e) {
    std::fprintf(stderr, "judge: %s\n", Printable(e.message).c_str());
    return ExitCodeOf(e);
  };
  if (args.db.empty()) return fail(MakeError(ErrorKind::kUsage, "judge worker needs --db URL (or JUDGE_DB)"));
  if (!(args.idle_exit >= 0 && args.idle_exit <= 7 * 86400))
    return fail(MakeError(ErrorKind::kUsage, "--idle-exit must be between 0 and 604800 seconds"));
  if (!(args.lease >= 1 && args.lease <= 3600))
    return fail(MakeError(ErrorKind::kUsage, "--lease must be between 1 and 3600 seconds"));
  Workbench bench;
  if (auto opened = bench.Open(); !opened) return fail(opened.error());

  WorkerOptions options;
  options.db = args.db;
  options.host = HostName();
  options.name = fmt::format("{}-{}", options.host, getpid());
  options.machine = MachineFingerprint();
  options.lease = milliseconds(static_cast<std::int64_t>(args.lease * 1000));
  if (args.idle_exit > 0) options.idle_exit = milliseconds(static_cast<std::int64_t>(args.idle_exit * 1000));
  options.stop = stop;
  options.log = [name = options.name](const std::string& line) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[16];
    std::strftime(stamp, sizeof(stamp), "%H:%M:%S", &local);
    std::fprintf(stderr, "%s judge worker %s: %s\n", stamp, name.c_str(), PrintableLine(line).c_str());
    std::fflush(stderr);
  };
  auto summary = RunWorker(options, [&](const Job& job, const std::optional<Calibration>& calibration) {
    return JudgeJob(bench, options, job, calibration);
  });
  if (!summary) return fail(summary.error());
  options.log(fmt::format("stopped: {} judged, {} refused, {} failed, {} discarded", summary->judged,
                          summary->refused, summary->failed, summary->lost));
  return kExitOk;
}

}  // namespace judge
