#include "judge/cli/submit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "judge/base/terminal.h"
#include "judge/cli/cli.h"
#include "judge/cli/report.h"
#include "judge/packages/content_hash.h"
#include "judge/run/verdict.h"
#include "judge/timing/noise.h"

namespace judge {

namespace {

namespace fs = std::filesystem;

// Times the candidate against every accepted reference (timing.h RunLadder). Reference timings
// are not cached across sessions: a ratio is only honest when both sides ran in the same
// session on the same core (drift between sessions is larger than the differences we report).
Result<Ladder> TimeLadder(Workbench& bench, Problem problem, const SourceFile& source, bool allow_unsandboxed,
                          Observer* observer, const std::function<bool()>& interrupted) {
  auto compiled = bench.compiler->Compile(source);  // a cache hit: Judge::Run just built it
  if (!compiled) return compiled.error();
  if (!compiled->ok) return MakeError(ErrorKind::kInternal, "the accepted solution no longer compiles");
  if (auto r = bench.testdata->Materialize(problem, false); !r) return r.error();
  PinToOneCore();
  LadderOptions options;
  options.allow_unsandboxed = allow_unsandboxed;
  options.progress = [&](std::string_view what) {
    if (observer) observer->OnPhase(fmt::format("speed ladder: {}", what));
  };
  options.interrupted = interrupted;
  return RunLadder(*bench.sandbox, *bench.compiler, problem, compiled->binary_dir, options);
}

}  // namespace

Result<void> CheckSubmitArgs(const SubmitArgs& args) {
  if (args.time_limit < 0 || (args.time_limit > 0 && args.time_limit > 600))
    return MakeError(ErrorKind::kUsage, "--time-limit must be between 0 and 600 seconds");
  if (args.label.size() > 200 || std::any_of(args.label.begin(), args.label.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
      }))
    return MakeError(ErrorKind::kUsage, "--label must be one line of text, at most 200 bytes");
  return {};
}

Result<Submission> JudgeSubmission(Workbench& bench, const Problem& problem, const SourceFile& source,
                                   const SubmitArgs& args, bool samples_only, Observer* observer,
                                   const std::function<bool()>& interrupted) {
  Judge judge(*bench.sandbox, *bench.compiler, *bench.testdata);
  JudgeOptions options;
  options.samples_only = samples_only;
  options.keep_io = samples_only;
  options.fail_fast = args.fail_fast;
  options.allow_unsandboxed = args.allow_unsandboxed;
  options.borderline_reruns = samples_only ? 0 : 3;
  options.skip_after_timeouts = samples_only || args.all ? 0 : 2;
  if (args.time_limit > 0)
    options.time_limit = std::chrono::milliseconds(static_cast<int64_t>(args.time_limit * 1000));

  Submission s;
  auto report = judge.Run(problem, source, options, observer);
  if (interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
  if (!report) return report.error();
  s.report = std::move(*report);

  // The reference ladder: every accepted reference timed with the candidate in this session,
  // interleaved on one pinned core; only for accepted attempts that are saved.
  if (!samples_only && !args.no_save && !args.no_ladder && IsSingleProgram(problem) &&
      s.report.verdict == Verdict::kAccepted) {
    auto l = TimeLadder(bench, problem, source, args.allow_unsandboxed, observer, interrupted);
    if (l) s.ladder = std::move(*l);
    else if (l.error().kind == ErrorKind::kInterrupted) return l.error();
    else s.ladder_error = l.error().message;
  }

  if (!samples_only && !args.no_save) {
    const Report& r = s.report;
    Attempt attempt;
    attempt.timing_noise = TimingNoiseJson(ProbeTimingNoise());
    if (const auto ratio = s.ladder ? RatioForHistory(*s.ladder) : std::nullopt) {
      attempt.ratio_to_ref = ratio->estimate;
      if (std::isfinite(ratio->low) && std::isfinite(ratio->high)) {
        attempt.ratio_low = ratio->low;
        attempt.ratio_high = ratio->high;
        // What the ratio is against: the reference and the package's tests. Without the hash
        // the basis stays unknown and history compares the ratio with nothing.
        if (auto hash = PackageContentHash(problem.dir))
          attempt.ratio_basis = fmt::format("{}; package {}", ratio->reference, hash->substr(0, 12));
      }
    }
    attempt.problem = r.problem;
    attempt.verdict = VerdictCode(r.verdict);
    // A CE never ran: its time is "not measured" (NULL), not 0 ms.
    attempt.cpu_ms = r.verdict == Verdict::kCompileError ? std::numeric_limits<double>::quiet_NaN() : r.summary.cpu_ms;
    attempt.file = fs::path(args.solution).filename().string();
    if (!args.label.empty()) attempt.label = args.label;
    attempt.max_memory_kb = r.summary.max_memory_kb;
    attempt.source = source.text;
    attempt.compiler = bench.compiler->version();
    attempt.flags = bench.compiler->FlagsString();
    attempt.machine = MachineFingerprint();
    for (const auto& c : r.cases)
      attempt.cases.push_back({c.name, VerdictCode(c.verdict), c.cpu_ms, c.wall_ms, c.memory_kb, c.exit_code,
                               c.signal, c.message});
    s.attempt = std::move(attempt);
  }
  return s;
}

SubmitOutput RenderSubmission(const Submission& s, bool json, bool samples_only, const Style& style) {
  const Report& report = s.report;
  const std::optional<Ladder>& ladder = s.ladder;
  SubmitOutput o;
  if (json) {
    nlohmann::json out = RenderJson(report);
    AddBorderlineJson(out, report);
    if (!samples_only) {
      out["ladder"] = ladder ? LadderJson(*ladder) : nlohmann::json::array();
      const auto ratio = ladder ? RatioForHistory(*ladder) : std::nullopt;
      auto num = [](double x) { return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr); };
      out["ratio_to_ref"] = ratio ? num(ratio->estimate) : nlohmann::json(nullptr);
      // The interval history keeps: this run's, widened by the between-run variation.
      out["ratio_low"] = ratio ? num(ratio->low) : nlohmann::json(nullptr);
      out["ratio_high"] = ratio ? num(ratio->high) : nlohmann::json(nullptr);
      if (!s.ladder_error.empty()) out["ladder_error"] = s.ladder_error;
    }
    o.out = DumpJson(out) + '\n';
    if (!report.save_error.empty())
      o.err = fmt::format("judge: attempt not saved: {}\n", Printable(report.save_error));
  } else {
    o.out = samples_only ? RenderSamples(report, style) : RenderText(report, style);
    std::string notes = RenderBorderlineNotes(report);
    if (ladder && !ladder->rungs.empty()) {
      notes += fmt::format("speed: {} ({} rounds on {} timed cases, same session)\n", LadderPlacement(*ladder),
                           ladder->rounds, ladder->cases.size());
      if (const auto kept = RatioForHistory(*ladder); kept && std::isfinite(kept->low))
        notes += fmt::format("history keeps {:.2f}x [{:.2f}, {:.2f}] against {}: the interval includes how far a "
                             "ratio moves between runs on one machine\n",
                             kept->estimate, kept->low, kept->high, kept->reference);
    }
    if (ladder)
      for (const auto& skipped : ladder->skipped) notes += "reference skipped: " + skipped + '\n';
    if (!s.ladder_error.empty()) notes += "speed: not measured: " + s.ladder_error + '\n';
    o.out += Printable(notes);
  }
  if (report.verdict == Verdict::kJudgeError) o.exit_code = kExitJudgeError;  // a checker misbehaved
  else o.exit_code = report.verdict == Verdict::kAccepted ? kExitOk : kExitRejected;
  return o;
}

}  // namespace judge
