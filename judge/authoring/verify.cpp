#include "judge/authoring/verify.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>

#include "judge/authoring/margin.h"
#include "judge/authoring/speed.h"
#include "judge/base/files.h"
#include "judge/run/accuracy.h"
#include "judge/base/sha256.h"
#include "judge/check/external.h"
#include "judge/timing/noise.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

fs::path CacheFile(const Problem& problem, const fs::path& home) {
  std::error_code ec;
  const fs::path dir = fs::weakly_canonical(problem.dir, ec);
  return home / "cache" / "timelimits" / (Sha256Hex(dir.string()).substr(0, 32) + ".json");
}

std::string Ms(double ms) { return fmt::format("{:.0f} ms", ms); }

std::chrono::milliseconds Times(std::chrono::milliseconds limit, double factor) {
  return std::chrono::milliseconds(static_cast<int64_t>(std::ceil(static_cast<double>(limit.count()) * factor)));
}

// Serialises the compiles of parallel workers: the compile box, the precompiled header and the
// binary cache are the compiler's, and compiles are a small part of judging.
class LockedBuilder : public Builder {
 public:
  explicit LockedBuilder(Builder& inner) : inner_(&inner) {}
  Result<CompileResult> Compile(const SourceFile& source) override {
    std::lock_guard lock(mu_);
    return inner_->Compile(source);
  }
  const std::string& version() const override { return inner_->version(); }

 private:
  Builder* inner_;
  std::mutex mu_;
};

// One observer for several workers (the progress line is one line).
class LockedObserver : public Observer {
 public:
  explicit LockedObserver(Observer* inner) : inner_(inner) {}
  void OnPhase(std::string_view what) override {
    std::lock_guard lock(mu_);
    if (inner_) inner_->OnPhase(what);
  }
  void OnCaseStart(size_t index, size_t total, const TestCase& c) override {
    std::lock_guard lock(mu_);
    if (inner_) inner_->OnCaseStart(index, total, c);
  }
  void OnCaseDone(size_t index, size_t total, const CaseResult& r) override {
    std::lock_guard lock(mu_);
    if (inner_) inner_->OnCaseDone(index, total, r);
  }

 private:
  Observer* inner_;
  std::mutex mu_;
};

// Whether a run made in parallel with others could have another verdict alone: a neighbour on
// the other core slows a run by up to 20% (performance-limits.md), so any case within 25% of
// the time limit, or over it, is judged again alone.
bool TimingAtStake(const Report& run, std::chrono::milliseconds limit) {
  for (const auto& c : run.cases)
    if (c.verdict == Verdict::kTimeLimit || c.cpu_ms * 1.25 > static_cast<double>(limit.count())) return true;
  return false;
}

}  // namespace

std::optional<std::chrono::milliseconds> CachedTimeLimit(const Problem& problem, const fs::path& home) {
  auto text = ReadFile(CacheFile(problem, home), 1 << 16);
  if (!text) return std::nullopt;
  try {
    auto j = nlohmann::json::parse(*text);
    if (j.value("machine", "") != CpuFingerprint()) return std::nullopt;
    const int64_t ms = j.at("time_limit_ms").get<int64_t>();
    if (ms <= 0) return std::nullopt;
    return std::chrono::milliseconds(ms);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

bool ApplyCachedTimeLimit(Problem& problem, const fs::path& home) {
  if (problem.time_limit_source != TimeLimitSource::kDerived) return false;
  auto cached = CachedTimeLimit(problem, home);
  if (!cached) return false;
  problem.limits.time_limit = *cached;
  problem.limits.wall_time_limit = 2 * *cached + std::chrono::seconds(1);
  problem.time_limit_origin = "derived on this machine by judge verify";
  return true;
}

Result<VerifyReport> Verify(Problem problem, Judge& judge, TestData& testdata, const fs::path& home,
                            const VerifyOptions& options, Observer* observer) {
  const auto started = std::chrono::steady_clock::now();
  VerifyReport report;
  report.problem = problem.id;
  report.warnings = problem.warnings;
  report.jobs = std::max(1, options.jobs);
  const bool kattis = problem.format != "native";
  auto phase = [&](const std::string& what) {
    if (observer) observer->OnPhase(what);
  };

  // The submissions, accepted first.
  PackageSubmissions found = FindSubmissions(problem);
  const std::vector<PackageSubmission>& entries = found.list;
  report.warnings.insert(report.warnings.end(), found.warnings.begin(), found.warnings.end());
  const bool has_accepted =
      std::any_of(entries.begin(), entries.end(), [](const PackageSubmission& e) { return e.folder == "accepted"; });
  if (!has_accepted && kattis) {
    // problemtools makes this an error; a package that only shows how solutions fail (crashes,
    // limits) is still a package whose other verdicts can be checked.
    report.warnings.push_back("no submission in submissions/accepted/: nothing shows that the problem can be solved");
  } else if (!has_accepted) {
    report.errors.push_back("submissions/accepted/ has no solution: add the reference solution there");
  }
  if (std::none_of(entries.begin(), entries.end(), [](const PackageSubmission& e) { return e.folder != "accepted"; }))
    report.warnings.push_back("no wrong submissions (submissions/wrong_answer/, time_limit_exceeded/, ...): add one "
                              "to show that the tests catch it");

  // Test data, then the input validators on every case.
  phase("preparing test data");
  if (auto r = testdata.Materialize(problem, false); !r) return r.error();
  // Every run below gets the cases as they are now: materialising again (from several threads)
  // is neither needed nor safe.
  for (auto& c : problem.cases) c.generated.reset();
  // A validator the loader skipped (Python, ...) already has its one-line note.
  if (problem.validators.empty() && problem.skipped_validators == 0) {
    report.warnings.push_back(kattis ? "no input validators (input_validators/)"
                                     : "no input validator ([validator] program = \"validator/validate.cpp\")");
  }
  for (const auto& v : problem.validators) {
    const std::string display = v.program.lexically_relative(problem.dir).generic_string();
    phase(fmt::format("building {}", display));
    auto built = checkers::BuildAuthorProgram(v.program, problem.include_dirs, display, home);
    if (!built) return built.error();
    for (const auto& c : problem.cases) {
      std::vector<std::string> flags = v.flags;
      flags.insert(flags.end(), c.validator_flags.begin(), c.validator_flags.end());
      auto r = checkers::RunInputValidator(*built, v.protocol, flags, c.input, std::chrono::seconds(60),
                                               problem.dir);
      using Outcome = checkers::ExternalResult::Outcome;
      if (r.outcome == Outcome::kRejected) {
        report.errors.push_back(fmt::format("input validator {} rejects {}: {}", display, c.name, r.message));
      } else if (r.outcome == Outcome::kFailed) {
        report.misbehaved = true;
        report.errors.push_back(fmt::format("input validator misbehaved on {}: {}", c.name, r.message));
      }
    }
  }

  // The time limit: the package's (a Kattis package's scaled by this machine's speed), or
  // derived below from the accepted submissions.
  const bool derive = problem.time_limit_source == TimeLimitSource::kDerived;
  const double margin = problem.multipliers.time_limit_to_tle;
  report.time_limit = report.package_time_limit = problem.limits.time_limit;
  report.time_limit_origin = problem.time_limit_origin;
  if (kattis && !derive) {
    if (options.speed_factor) {
      report.speed_factor = *options.speed_factor;
      report.speed_origin = "given with --speed-factor";
    } else if (auto speed = MeasureMachineSpeed(judge, home, options.allow_unsandboxed, observer)) {
      report.speed_factor = speed->factor;
      report.speed_origin = fmt::format("measured: the calibration workload's best CPU time here is {} (over {} runs), "
                                        "{} on the reference machine", Ms(speed->best_ms), speed->runs,
                                        Ms(kSpeedReferenceMs));
    } else {
      report.warnings.push_back(fmt::format("this machine's speed could not be measured ({}); the package's time "
                                            "limit is used as written", speed.error().message));
    }
    if (report.speed_factor != 1) {
      report.time_limit = Times(problem.limits.time_limit, report.speed_factor);
      report.time_limit_origin += fmt::format(" x speed factor {:.2f}", report.speed_factor);
    }
  }

  // Each submission runs once with the CPU limit at the margin; its verdict is read at both
  // limits afterwards (margin.h).
  std::vector<std::optional<Report>> runs(entries.size());
  std::vector<std::chrono::milliseconds> elapsed(entries.size());
  auto judge_one = [&](Judge& j, size_t i, std::chrono::milliseconds cpu_limit, Observer* obs) -> Result<Report> {
    const PackageSubmission& e = entries[i];
    if (obs) obs->OnPhase(fmt::format("judging {}", e.rel));
    auto source = ReadSubmission(e);
    if (!source) return MakeError(ErrorKind::kBadPackage, source.error().message);
    JudgeOptions jo;
    jo.time_limit = cpu_limit;
    jo.fail_fast = !options.all_cases;
    jo.allow_unsandboxed = options.allow_unsandboxed;
    const auto t0 = std::chrono::steady_clock::now();
    auto r = j.Run(problem, *source, jo, obs);
    elapsed[i] = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
    return r;
  };

  // Accepted submissions first, one at a time: at the margin of the package's limit, or with a
  // generous probe limit to derive one.
  const auto probe = std::chrono::milliseconds(10'000);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].folder != "accepted") continue;
    auto r = judge_one(judge, i, derive ? probe : Times(report.time_limit, margin), observer);
    if (!r) return r.error();
    report.slowest_accepted_ms = std::max(report.slowest_accepted_ms, MaxCpuMs(*r));
    runs[i] = std::move(*r);
  }
  if (derive) {
    if (report.slowest_accepted_ms > 0) {
      const double ms = report.slowest_accepted_ms * problem.multipliers.ac_to_time_limit;
      report.time_limit = std::chrono::milliseconds(std::max<int64_t>(1000, static_cast<int64_t>(std::ceil(ms / 1000.0)) * 1000));
      report.time_limit_origin = fmt::format("derived: slowest accepted {} x {} rounded up to whole seconds",
                                             Ms(report.slowest_accepted_ms), problem.multipliers.ac_to_time_limit);
      nlohmann::json cache = {{"problem", problem.id}, {"dir", problem.dir.string()}, {"machine", CpuFingerprint()},
                              {"time_limit_ms", report.time_limit.count()},
                              {"slowest_accepted_ms", report.slowest_accepted_ms}};
      if (auto dir = EnsureDir(CacheFile(problem, home).parent_path()); dir)
        (void)WriteFileAtomic(CacheFile(problem, home), cache.dump(2) + "\n");
    } else {
      report.time_limit_origin = "placeholder: no accepted submission to derive it from";
    }
  }
  report.margin_time_limit = Times(report.time_limit, margin);

  // The others: in parallel where no timing is at stake, then the rest one at a time.
  std::vector<size_t> parallel, serial;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (runs[i]) continue;
    (report.jobs > 1 && !entries[i].expected.Allows(Verdict::kTimeLimit) ? parallel : serial).push_back(i);
  }
  if (!parallel.empty()) {
    LockedBuilder builder(judge.builder());
    Judge worker(judge.sandbox(), builder, judge.testdata());
    LockedObserver shared(observer);
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::optional<Error> failure;
    std::exception_ptr thrown;
    auto work = [&] {
      try {
        for (size_t k; !stop && (k = next++) < parallel.size();) {
          auto r = judge_one(worker, parallel[k], report.margin_time_limit, &shared);
          if (!r) {
            std::lock_guard lock(mu);
            if (!failure) failure = r.error();
            stop = true;
            return;
          }
          runs[parallel[k]] = std::move(*r);
        }
      } catch (...) {  // the progress line's interruption: stop everyone, rethrow below
        std::lock_guard lock(mu);
        if (!thrown) thrown = std::current_exception();
        stop = true;
      }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < report.jobs && static_cast<size_t>(t) < parallel.size(); ++t) threads.emplace_back(work);
    for (auto& t : threads) t.join();
    if (thrown) std::rethrow_exception(thrown);
    if (failure) return *failure;
    for (size_t i : parallel)
      if (TimingAtStake(*runs[i], report.time_limit)) {
        runs[i].reset();
        serial.push_back(i);
      }
    std::sort(serial.begin(), serial.end());
  }
  for (size_t i : serial) {
    auto r = judge_one(judge, i, report.margin_time_limit, observer);
    if (!r) return r.error();
    runs[i] = std::move(*r);
  }

  for (size_t i = 0; i < entries.size(); ++i) {
    const PackageSubmission& e = entries[i];
    const Report& run = *runs[i];
    SubmissionCheck s;
    s.path = e.rel;
    s.expected = e.expected;
    MergeAccuracy(run.accuracy, &report.accuracy);
    s.elapsed = elapsed[i];
    const TwoLimits two = AtBothLimits(run, report.time_limit, report.margin_time_limit, !kattis);
    s.got = two.at_limit.verdict;
    s.got_with_margin = two.at_margin.verdict;
    s.detail = two.at_limit.detail;
    s.max_cpu_ms = MaxCpuMs(run);
    Judgement j = Decide(s.path, e.expected, two, s.max_cpu_ms, margin, kattis);
    s.ok = j.ok;
    s.extra_time = j.extra_time;
    if (s.got == Verdict::kJudgeError) report.misbehaved = true;
    if (!j.errors.empty() && e.folder == "accepted" && s.got != Verdict::kJudgeError && !e.is_folder) {
      auto text = ReadFile(e.file, 1 << 20);
      if (text && text->find("judge-new placeholder") != std::string::npos)
        j.errors.front() = fmt::format("{} gets {}; write the reference solution", s.path, s.detail);
    }
    report.errors.insert(report.errors.end(), j.errors.begin(), j.errors.end());
    report.warnings.insert(report.warnings.end(), j.warnings.begin(), j.warnings.end());
    report.submissions.push_back(std::move(s));
  }
  const double limit_ms = static_cast<double>(report.time_limit.count());
  if (!derive && has_accepted && kattis &&
      report.slowest_accepted_ms * problem.multipliers.ac_to_time_limit > limit_ms) {
    // problemtools: an error for a limit in problem.yaml. Here a warning: the limit was set on
    // the contest's hardware, and the accepted submissions' verdicts above say whether it holds.
    report.warnings.push_back(fmt::format("the time limit {} is tighter than the slowest accepted submission's {} x "
                                          "ac_to_time_limit {} on this machine", Ms(limit_ms),
                                          Ms(report.slowest_accepted_ms), problem.multipliers.ac_to_time_limit));
  } else if (!derive && has_accepted && !kattis && report.slowest_accepted_ms > limit_ms / 2) {
    report.warnings.push_back(fmt::format("the slowest accepted submission takes {}, over half the {} limit",
                                          Ms(report.slowest_accepted_ms), Ms(limit_ms)));
  }
  report.ok = report.errors.empty();
  report.elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  return report;
}

nlohmann::json RenderVerifyJson(const VerifyReport& r) {
  nlohmann::json subs = nlohmann::json::array();
  for (const auto& s : r.submissions) {
    nlohmann::json expected;
    if (s.expected.any_rejection && s.expected.verdicts.empty()) {
      expected = nlohmann::json::array();
      for (Verdict v : {Verdict::kWrongAnswer, Verdict::kTimeLimit, Verdict::kMemoryLimit, Verdict::kOutputLimit,
                        Verdict::kRuntimeError, Verdict::kCompileError, Verdict::kPartial})
        expected.push_back(VerdictCode(v));
    } else if (s.expected.verdicts.size() == 1) {
      expected = VerdictCode(s.expected.verdicts[0]);
    } else {
      expected = nlohmann::json::array();
      for (Verdict v : s.expected.verdicts) expected.push_back(VerdictCode(v));
    }
    subs.push_back({{"path", s.path}, {"expected", expected}, {"got", VerdictCode(s.got)},
                    {"got_with_margin", VerdictCode(s.got_with_margin)}, {"ok", s.ok}, {"extra_time", s.extra_time},
                    {"max_cpu_ms", s.max_cpu_ms}, {"detail", s.detail}, {"elapsed_ms", s.elapsed.count()}});
  }
  nlohmann::json j = {{"schema", 1},
          {"problem", r.problem},
          {"ok", r.ok},
          {"time_limit_ms", r.time_limit.count()},
          {"margin_time_limit_ms", r.margin_time_limit.count()},
          {"time_limit_origin", r.time_limit_origin},
          {"package_time_limit_ms", r.package_time_limit.count()},
          {"speed_factor", r.speed_factor},
          {"slowest_accepted_ms", r.slowest_accepted_ms},
          {"submissions", subs},
          {"errors", r.errors},
          {"warnings", r.warnings},
          {"elapsed_ms", r.elapsed.count()},
          {"jobs", r.jobs}};
  AddAccuracyJson(r.accuracy, &j);
  return j;
}

std::string RenderVerifyText(const VerifyReport& r) {
  std::string out = fmt::format("verify {}: time limit {} ({}), safety margin {}\n", r.problem,
                                Ms(static_cast<double>(r.time_limit.count())), r.time_limit_origin,
                                Ms(static_cast<double>(r.margin_time_limit.count())));
  if (!r.speed_origin.empty()) out += fmt::format("  speed factor {:.2f}: {}\n", r.speed_factor, r.speed_origin);
  for (const auto& s : r.submissions) {
    std::string note;
    if (s.extra_time)  // problemtools' wording
      note = fmt::format("  OK with extra time: {} at {}", VerdictCode(s.got_with_margin),
                         Ms(static_cast<double>(r.margin_time_limit.count())));
    else if (!s.ok && !s.detail.empty())
      note = "  " + s.detail;
    out += fmt::format("  {:<4} {:<52} {:<4} (expected {}) max CPU {}{}\n", s.ok ? "ok" : "FAIL", s.path,
                       VerdictCode(s.got), s.expected.Text(), Ms(s.max_cpu_ms), note);
  }
  for (const auto& w : r.warnings) out += "warning: " + w + "\n";
  for (const auto& e : r.errors) out += "error: " + e + "\n";
  out += fmt::format("verify took {:.1f} s ({} job{})\n", static_cast<double>(r.elapsed.count()) / 1000.0, r.jobs,
                     r.jobs == 1 ? "" : "s");
  out += AccuracyText(r.accuracy);
  out += r.ok ? "package is valid\n"
              : fmt::format("package is NOT valid: {} problem{}\n", r.errors.size(), r.errors.size() == 1 ? "" : "s");
  return out;
}

int VerifyExitCode(const VerifyReport& r) {
  if (r.misbehaved) return 3;
  return r.ok ? 0 : 1;
}

}  // namespace judge
