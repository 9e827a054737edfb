#include "judge/authoring/verify.h"

#include "judge/timing/noise.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>

#include "judge/check/external.h"
#include "judge/base/files.h"
#include "judge/base/sha256.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Folder order: accepted first (they decide the time limit), then the rest by name.
const std::map<std::string, std::vector<Verdict>>& FolderVerdicts() {
  static const std::map<std::string, std::vector<Verdict>> m = {
      {"accepted", {Verdict::kAccepted}},
      {"wrong_answer", {Verdict::kWrongAnswer}},
      {"time_limit_exceeded", {Verdict::kTimeLimit}},
      {"memory_limit_exceeded", {Verdict::kMemoryLimit}},
      {"run_time_error", {Verdict::kRuntimeError}},
      {"output_limit_exceeded", {Verdict::kOutputLimit}},
      {"compile_error", {Verdict::kCompileError}},
      {"partially_accepted", {Verdict::kPartial}},
      // Kattis 2023+: a brute force may be too slow or crash, but never wrong.
      {"brute_force", {Verdict::kAccepted, Verdict::kTimeLimit, Verdict::kRuntimeError, Verdict::kMemoryLimit}},
  };
  return m;
}

std::optional<Verdict> AnnotationVerdict(std::string name) {
  for (char& c : name) c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::map<std::string, Verdict> m = {
      {"ACCEPTED", Verdict::kAccepted},           {"CORRECT", Verdict::kAccepted},
      {"WRONG_ANSWER", Verdict::kWrongAnswer},    {"NO_OUTPUT", Verdict::kWrongAnswer},
      {"TIME_LIMIT_EXCEEDED", Verdict::kTimeLimit}, {"TIMELIMIT", Verdict::kTimeLimit},
      {"RUN_TIME_ERROR", Verdict::kRuntimeError}, {"RUN_ERROR", Verdict::kRuntimeError},
      {"MEMORY_LIMIT_EXCEEDED", Verdict::kMemoryLimit}, {"MEMORY_LIMIT", Verdict::kMemoryLimit},
      {"OUTPUT_LIMIT_EXCEEDED", Verdict::kOutputLimit}, {"OUTPUT_LIMIT", Verdict::kOutputLimit},
      {"COMPILER_ERROR", Verdict::kCompileError}, {"COMPILE_ERROR", Verdict::kCompileError},
      {"PARTIALLY_ACCEPTED", Verdict::kPartial}};
  auto it = m.find(name);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

fs::path CacheFile(const Problem& problem, const fs::path& home) {
  std::error_code ec;
  const fs::path dir = fs::weakly_canonical(problem.dir, ec);
  return home / "cache" / "timelimits" / (Sha256Hex(dir.string()).substr(0, 32) + ".json");
}

std::string Ms(double ms) { return fmt::format("{:.0f} ms", ms); }

std::string FirstFailure(const Report& r) {
  if (r.verdict == Verdict::kCompileError)
    return fmt::format("CE: {}", checkers::FirstLine(r.compile.log));
  for (const auto& c : r.cases)
    if (c.verdict != Verdict::kAccepted)
      return fmt::format("{} on {}{}", VerdictCode(c.verdict), c.name, c.message.empty() ? "" : ": " + c.message);
  return {};
}

double MaxCpu(const Report& r) {
  double m = 0;
  for (const auto& c : r.cases) m = std::max(m, c.cpu_ms);
  return m;
}

}  // namespace

std::string Expectation::Text() const {
  if (any_rejection && verdicts.empty()) return "not AC";
  std::string s;
  for (size_t i = 0; i < verdicts.size(); ++i)
    s += fmt::format("{}{}", i == 0 ? "" : i + 1 == verdicts.size() ? " or " : ", ", VerdictCode(verdicts[i]));
  return s;
}

bool Expectation::Allows(Verdict v) const {
  if (any_rejection && verdicts.empty()) return v != Verdict::kAccepted && v != Verdict::kJudgeError;
  return std::find(verdicts.begin(), verdicts.end(), v) != verdicts.end();
}

std::optional<Expectation> ExpectationOf(const std::string& folder, std::string_view source, bool kattis) {
  Expectation e;
  // "@EXPECTED_RESULTS@: ACCEPTED, WRONG_ANSWER" anywhere in the source (usually a comment).
  if (size_t at = source.find("@EXPECTED_RESULTS@"); at != std::string_view::npos) {
    size_t end = source.find('\n', at);
    std::string_view line = source.substr(at + 18, end == std::string_view::npos ? std::string_view::npos : end - at - 18);
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      if (auto v = AnnotationVerdict(word); v && std::find(e.verdicts.begin(), e.verdicts.end(), *v) == e.verdicts.end())
        e.verdicts.push_back(*v);
      word.clear();
    };
    for (char c : line) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') word += c;
      else flush();
    }
    flush();
    if (!e.verdicts.empty()) return e;
  }
  if (folder == "rejected") {
    e.any_rejection = true;
    return e;
  }
  auto it = FolderVerdicts().find(folder);
  if (it == FolderVerdicts().end()) return std::nullopt;
  e.verdicts = it->second;
  if (kattis && folder == "run_time_error") e.verdicts.push_back(Verdict::kMemoryLimit);
  return e;
}

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
  VerifyReport report;
  report.problem = problem.id;
  report.warnings = problem.warnings;
  const bool kattis = problem.format != "native";
  auto phase = [&](const std::string& what) {
    if (observer) observer->OnPhase(what);
  };

  // The submissions, accepted first.
  struct Entry {
    fs::path file;
    std::string rel;
    std::string folder;
    Expectation expected;
  };
  std::vector<Entry> entries;
  std::error_code ec;
  const fs::path subs = problem.dir / "submissions";
  std::vector<fs::path> folders;
  for (auto it = fs::directory_iterator(subs, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_directory(ec)) folders.push_back(it->path());
  std::sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) {
    const bool aa = a.filename() == "accepted", ba = b.filename() == "accepted";
    return aa != ba ? aa : a < b;
  });
  for (const auto& folder : folders) {
    std::vector<fs::path> files;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string rel = f.lexically_relative(problem.dir).generic_string();
      const std::string ext = f.extension().string();
      if (ext != ".cpp" && ext != ".cc" && ext != ".cxx") {
        if (ext != ".md" && ext != ".txt" && f.filename().string().front() != '.')
          report.warnings.push_back(fmt::format("{}: skipped: only C++ submissions are judged", rel));
        continue;
      }
      auto text = ReadFile(f, 1 << 20);
      const std::string folder_name = folder.filename().string();
      auto expected = ExpectationOf(folder_name, text ? std::string_view(*text) : std::string_view(), kattis);
      if (!expected) {
        report.warnings.push_back(fmt::format("{}: skipped: unknown verdict folder '{}' (known: accepted, wrong_answer, "
                                              "time_limit_exceeded, memory_limit_exceeded, run_time_error, "
                                              "output_limit_exceeded, compile_error, rejected)", rel, folder_name));
        continue;
      }
      entries.push_back({f, rel, folder_name, *expected});
    }
  }
  const bool has_accepted = std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.folder == "accepted"; });
  if (!has_accepted)
    report.errors.push_back("submissions/accepted/ has no solution: add the reference solution there");
  if (std::none_of(entries.begin(), entries.end(), [](const Entry& e) { return e.folder != "accepted"; }))
    report.warnings.push_back("no wrong submissions (submissions/wrong_answer/, time_limit_exceeded/, ...): add one "
                              "to show that the tests catch it");

  // Test data, then the input validators on every case.
  phase("preparing test data");
  if (auto r = testdata.Materialize(problem, false); !r) return r.error();
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
      auto r = checkers::RunInputValidator(*built, v.protocol, flags, c.input, std::chrono::seconds(60));
      using Outcome = checkers::ExternalResult::Outcome;
      if (r.outcome == Outcome::kRejected) {
        report.errors.push_back(fmt::format("input validator {} rejects {}: {}", display, c.name, r.message));
      } else if (r.outcome == Outcome::kFailed) {
        report.misbehaved = true;
        report.errors.push_back(fmt::format("input validator misbehaved on {}: {}", c.name, r.message));
      }
    }
  }

  // Accepted submissions: at the package's limit, or with a generous probe limit to derive one.
  const bool derive = problem.time_limit_source == TimeLimitSource::kDerived;
  const auto probe = std::chrono::milliseconds(10'000);
  std::map<std::string, Report> first_runs;
  auto judge_one = [&](const Entry& e, std::chrono::milliseconds limit, bool fail_fast) -> Result<Report> {
    phase(fmt::format("judging {}", e.rel));
    auto source = ReadSource(e.file);
    if (!source) return MakeError(ErrorKind::kBadPackage, source.error().message);
    JudgeOptions jo;
    jo.time_limit = limit;
    jo.fail_fast = fail_fast;
    jo.allow_unsandboxed = options.allow_unsandboxed;
    return judge.Run(problem, *source, jo, observer);
  };
  for (const auto& e : entries) {
    if (e.folder != "accepted") continue;
    auto r = judge_one(e, derive ? probe : problem.limits.time_limit, false);
    if (!r) return r.error();
    report.slowest_accepted_ms = std::max(report.slowest_accepted_ms, MaxCpu(*r));
    first_runs.emplace(e.rel, std::move(*r));
  }
  report.time_limit = problem.limits.time_limit;
  report.time_limit_origin = problem.time_limit_origin;
  if (derive) {
    if (report.slowest_accepted_ms > 0 && !first_runs.empty()) {
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
    problem.limits.time_limit = report.time_limit;
    problem.limits.wall_time_limit = 2 * report.time_limit + std::chrono::seconds(1);
  }
  const double limit_ms = static_cast<double>(report.time_limit.count());
  const double margin = problem.multipliers.time_limit_to_tle;

  for (const auto& e : entries) {
    SubmissionCheck s;
    s.path = e.rel;
    s.expected = e.expected;
    Report run;
    if (auto it = first_runs.find(e.rel); it != first_runs.end()) {
      run = it->second;
      // A derived limit is applied after the fact: a case slower than it is a TLE.
      if (derive)
        for (auto& c : run.cases)
          if (c.verdict == Verdict::kAccepted && c.cpu_ms > limit_ms) {
            c.verdict = Verdict::kTimeLimit;
            c.message = fmt::format("CPU {} over the derived limit {}", Ms(c.cpu_ms), Ms(limit_ms));
          }
      run.verdict = OverallVerdict(run.cases);
      if (!run.compile.ok) run.verdict = Verdict::kCompileError;
    } else {
      const bool fail_fast = !e.expected.Allows(Verdict::kAccepted);
      auto r = judge_one(e, report.time_limit, fail_fast);
      if (!r) return r.error();
      run = std::move(*r);
    }
    s.got = run.verdict;
    s.max_cpu_ms = MaxCpu(run);
    s.ok = e.expected.Allows(s.got);
    s.detail = FirstFailure(run);
    if (s.got == Verdict::kJudgeError) report.misbehaved = true;
    if (!s.ok) {
      std::string msg = fmt::format("{} gets {}{}; expected {}", s.path,
                                    s.detail.empty() ? VerdictCode(s.got) : s.detail, "", e.expected.Text());
      if (e.folder == "accepted" && s.got != Verdict::kJudgeError) {
        auto text = ReadFile(e.file, 1 << 20);
        if (text && text->find("judge-new placeholder") != std::string::npos)
          msg = fmt::format("{} gets {}; write the reference solution", s.path, s.detail);
      }
      report.errors.push_back(msg);
    }
    // TLE submissions must still fail with the safety margin (Kattis' time_limit_to_tle).
    if (s.ok && s.got == Verdict::kTimeLimit && e.expected.Allows(Verdict::kTimeLimit) &&
        !e.expected.Allows(Verdict::kAccepted)) {
      const auto longer = std::chrono::milliseconds(static_cast<int64_t>(std::llround(limit_ms * margin)));
      auto again = judge_one(e, longer, true);
      if (!again) return again.error();
      if (again->verdict == Verdict::kAccepted) {
        s.ok = false;
        report.errors.push_back(fmt::format("{} passes with the limit x {} ({}; max CPU {}): the time limit {} is too "
                                            "close to it", s.path, margin, Ms(static_cast<double>(longer.count())),
                                            Ms(MaxCpu(*again)), Ms(limit_ms)));
      }
    }
    if (s.ok && s.got == Verdict::kAccepted && s.max_cpu_ms * margin > limit_ms)
      report.warnings.push_back(fmt::format("{} is sensitive to the time limit: max CPU {} against a limit of {} "
                                            "(safety margin x {})", s.path, Ms(s.max_cpu_ms), Ms(limit_ms), margin));
    report.submissions.push_back(std::move(s));
  }
  if (!derive && has_accepted && report.slowest_accepted_ms > limit_ms / 2)
    report.warnings.push_back(fmt::format("the slowest accepted submission takes {}, over half the {} limit",
                                          Ms(report.slowest_accepted_ms), Ms(limit_ms)));
  report.ok = report.errors.empty();
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
    subs.push_back({{"path", s.path}, {"expected", expected}, {"got", VerdictCode(s.got)}, {"ok", s.ok},
                    {"max_cpu_ms", s.max_cpu_ms}, {"detail", s.detail}});
  }
  return {{"schema", 1},
          {"problem", r.problem},
          {"ok", r.ok},
          {"time_limit_ms", r.time_limit.count()},
          {"time_limit_origin", r.time_limit_origin},
          {"slowest_accepted_ms", r.slowest_accepted_ms},
          {"submissions", subs},
          {"errors", r.errors},
          {"warnings", r.warnings}};
}

std::string RenderVerifyText(const VerifyReport& r) {
  std::string out = fmt::format("verify {}: time limit {} ({})\n", r.problem, Ms(static_cast<double>(r.time_limit.count())),
                                r.time_limit_origin);
  for (const auto& s : r.submissions)
    out += fmt::format("  {:<4} {:<52} {:<4} (expected {}) max CPU {}{}\n", s.ok ? "ok" : "FAIL", s.path,
                       VerdictCode(s.got), s.expected.Text(), Ms(s.max_cpu_ms),
                       s.ok || s.detail.empty() ? "" : "  " + s.detail);
  for (const auto& w : r.warnings) out += "warning: " + w + "\n";
  for (const auto& e : r.errors) out += "error: " + e + "\n";
  out += r.ok ? "package is valid\n"
              : fmt::format("package is NOT valid: {} problem{}\n", r.errors.size(), r.errors.size() == 1 ? "" : "s");
  return out;
}

int VerifyExitCode(const VerifyReport& r) {
  if (r.misbehaved) return 3;
  return r.ok ? 0 : 1;
}

}  // namespace judge
