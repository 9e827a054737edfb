#include "judge/authoring/stress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "judge/check/external.h"
#include "judge/base/files.h"
#include "judge/run/accuracy.h"
#include "judge/run/function.h"
#include "judge/run/judge.h"
#include "judge/base/process.h"
#include "judge/authoring/shrink.h"
#include "judge/packages/problem_loader.h"

namespace judge {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Small inputs: a generator that needs longer than this is looping.
constexpr auto kGeneratorTimeout = std::chrono::seconds(10);
constexpr auto kValidatorTimeout = std::chrono::seconds(10);
constexpr size_t kMaxInputBytes = 16 << 20;
constexpr size_t kShownLines = 50;

// The lines of `text` (a last line without its newline counts).
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

size_t LineCount(std::string_view text) { return SplitLines(text).size(); }

// What one input did.
struct Evaluation {
  enum class Outcome { kInvalid, kReferenceFailed, kJudged };
  Outcome outcome = Outcome::kJudged;
  bool validator_failed = false;  // kInvalid because a validator crashed, not because it said no
  std::string reason;             // kInvalid, kReferenceFailed: why
  std::string expected, actual, stderr_text;
  Verdict verdict = Verdict::kAccepted;
  std::string message;
};

// The programs and boxes of one stress run. The scratch folder is declared before the boxes,
// so it is removed after them.
class Session {
 public:
  Session(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, fs::path home, const Problem& problem,
          const StressOptions& options)
      : sandbox_(&sandbox), compiler_(&compiler), testdata_(&testdata), home_(std::move(home)), problem_(problem),
        options_(options) {}

  // Compiles the candidate (false, with `log`, when it does not compile), then builds the
  // reference, the generator, the validators and a custom checker, and creates the boxes.
  Result<bool> Prepare(const SourceFile& candidate, const fs::path& reference, const std::string& generator,
                       std::string& log);

  Result<std::string> Generate(const std::vector<std::string>& args);
  Result<Evaluation> Evaluate(const std::string& input);

  bool interrupted() const { return options_.interrupted && options_.interrupted(); }
  void Progress(const std::string& what) const {
    if (options_.progress) options_.progress(what);
  }
  bool validated() const { return !validators_.empty(); }
  // The last Generate failed with a non-zero exit code (not a crash or a timeout).
  bool generator_refused() const { return generator_refused_; }
  const std::vector<std::string>& accuracy() const { return accuracy_; }

 private:
  Result<std::unique_ptr<sandbox::Box>> BoxFor(const CompileResult& compiled);

  sandbox::Sandbox* sandbox_;
  Builder* compiler_;
  TestData* testdata_;
  fs::path home_;
  const Problem& problem_;
  const StressOptions& options_;
  std::string generator_name_;
  fs::path generator_;
  bool generator_refused_ = false;
  std::vector<std::pair<checkers::AuthorProgram, const ValidatorSpec*>> validators_;
  std::optional<checkers::AuthorProgram> checker_;
  std::optional<TempDir> scratch_;
  std::unique_ptr<sandbox::Box> reference_box_;
  std::unique_ptr<sandbox::Box> candidate_box_;
  std::vector<std::string> accuracy_;
};

Result<std::unique_ptr<sandbox::Box>> Session::BoxFor(const CompileResult& compiled) {
  sandbox::BoxConfig config;
  config.mounts.push_back({sandbox::Mount::Kind::kBind, compiled.binary_dir.string(), "/box", false, 0, 0});
  config.allow_degraded = options_.allow_unsandboxed;
  return sandbox_->CreateBox(config);
}

Result<bool> Session::Prepare(const SourceFile& candidate, const fs::path& reference, const std::string& generator,
                              std::string& log) {
  Progress("compiling");
  auto program = WithHarness(problem_, candidate);
  if (!program) return program.error();
  auto compiled = compiler_->Compile(*program);
  if (!compiled) return compiled.error();
  if (!compiled->ok) {
    log = compiled->log;
    return false;
  }
  auto ref_source = ReadSource(reference);
  if (!ref_source) return MakeError(ErrorKind::kBadPackage, ref_source.error().message);
  ref_source = WithHarness(problem_, std::move(*ref_source));
  if (!ref_source) return ref_source.error();
  auto ref_compiled = compiler_->Compile(*ref_source);
  if (!ref_compiled) return ref_compiled.error();
  if (!ref_compiled->ok)
    return MakeError(ErrorKind::kBadPackage,
                     fmt::format("reference solution {} does not compile: {}", reference.string(),
                                 checkers::FirstLine(ref_compiled->log)));

  Progress(fmt::format("building generators/{}.cpp", generator));
  generator_name_ = generator;
  std::string key;
  auto built = testdata_->BuildGenerator(problem_, generator, key);
  if (!built) return built.error();
  generator_ = *built;
  for (const auto& v : problem_.validators) {
    const std::string display = v.program.lexically_relative(problem_.dir).generic_string();
    Progress(fmt::format("building {}", display));
    auto validator = checkers::BuildAuthorProgram(v.program, problem_.include_dirs, display, home_);
    if (!validator) return validator.error();
    validators_.emplace_back(std::move(*validator), &v);
  }
  if (problem_.checker.type == CheckerSpec::Type::kCustom) {
    Progress("building the checker");
    const std::string display = problem_.checker.program.lexically_relative(problem_.dir).generic_string();
    auto checker = checkers::BuildAuthorProgram(problem_.checker.program, problem_.include_dirs, display, home_);
    if (!checker) return checker.error();
    checker_ = std::move(*checker);
  }
  auto scratch = TempDir::Create("stress");
  if (!scratch) return scratch.error();
  scratch_.emplace(std::move(*scratch));
  auto ref_box = BoxFor(*ref_compiled);
  if (!ref_box) return ref_box.error();
  reference_box_ = std::move(*ref_box);
  auto box = BoxFor(*compiled);
  if (!box) return box.error();
  candidate_box_ = std::move(*box);
  return true;
}

Result<std::string> Session::Generate(const std::vector<std::string>& args) {
  const fs::path out = scratch_->path() / "generated";
  auto run = RunGenerator(generator_, args, out, kGeneratorTimeout, kMaxInputBytes);
  if (!run) return run.error();
  generator_refused_ = !run->timed_out && run->exit_code > 0;
  if (run->timed_out || run->exit_code != 0) {
    const std::string what = run->timed_out        ? fmt::format("timed out ({} s)", kGeneratorTimeout.count())
                             : !run->ended.empty() ? run->ended
                             : run->exit_code < 0  ? std::string("crashed (killed by a signal)")
                                                  : fmt::format("failed (exit code {})", run->exit_code);
    const std::string first = checkers::FirstLine(run->errors);
    return MakeError(ErrorKind::kInternal, fmt::format("generator generators/{}.cpp {} with {}{}", generator_name_,
                                                       what, JoinTokens(args), first.empty() ? "" : ": " + first));
  }
  auto text = ReadFile(out, kMaxInputBytes);
  if (!text)
    return MakeError(ErrorKind::kInternal, fmt::format("generator generators/{}.cpp with {}: {}", generator_name_,
                                                       JoinTokens(args), text.error().message));
  return std::move(*text);
}

Result<Evaluation> Session::Evaluate(const std::string& input) {
  Evaluation e;
  const fs::path input_path = scratch_->path() / "input";
  const fs::path answer_path = scratch_->path() / "answer";
  if (auto w = WriteFileAtomic(input_path, input); !w) return w.error();
  for (const auto& [validator, spec] : validators_) {
    auto r = checkers::RunInputValidator(validator, spec->protocol, spec->flags, input_path, kValidatorTimeout);
    if (r.outcome == checkers::ExternalResult::Outcome::kAccepted) continue;
    e.outcome = Evaluation::Outcome::kInvalid;
    e.validator_failed = r.outcome == checkers::ExternalResult::Outcome::kFailed;
    e.reason = e.validator_failed ? r.message : fmt::format("{}: {}", validator.display, r.message);
    return e;
  }

  // The reference, run as TestData runs it: it defines the answer.
  const sandbox::RunRequest request = ReferenceRequest(problem_, input_path);
  auto ref = reference_box_->Run(request);
  if (!ref) return ref.error();
  if (const auto failed = ReferenceFailure(*ref, request, problem_)) {
    e.outcome = Evaluation::Outcome::kReferenceFailed;
    e.reason = fmt::format("{} {}", VerdictCode(failed->verdict), failed->message);
    return e;
  }
  e.expected = std::move(ref->stdout_data);

  TestCase tc;
  tc.name = "stress";
  tc.input = input_path;
  auto run = candidate_box_->Run(CaseRequest(problem_, tc));
  if (!run) return run.error();
  MergeAccuracy(run->accuracy, &accuracy_);
  const RunVerdict cv = Classify(*run, problem_.limits);
  e.verdict = cv.verdict;
  e.message = cv.message;
  e.actual = std::move(run->stdout_data);
  e.stderr_text = std::move(run->stderr_data);
  if (e.verdict != Verdict::kAccepted) return e;
  if (checker_) {
    if (auto w = WriteFileAtomic(answer_path, e.expected); !w) return w.error();
    const fs::path output = scratch_->path() / "output";
    if (auto w = WriteFileAtomic(output, e.actual); !w) return w.error();
    const auto ext = checkers::RunChecker(*checker_, problem_.checker.protocol, problem_.checker.flags, input_path,
                                          answer_path, output, scratch_->path(), problem_.checker.timeout);
    const RunVerdict checked = CheckerVerdict(ext);
    e.verdict = checked.verdict;
    e.message = checked.message;
  } else {
    const auto check = Check(problem_.checker, e.expected, e.actual);
    e.verdict = check.accepted ? Verdict::kAccepted : Verdict::kWrongAnswer;
    e.message = check.message;
  }
  return e;
}

// Shrinks `f` (whose input fails with f.verdict) within the budget of `options`.
class Shrinker {
 public:
  Shrinker(Session& session, const StressOptions& options, StressFailure& f)
      : session_(session), options_(options), f_(f), start_(Clock::now()) {}

  Result<void> Run(const std::vector<std::string>& base_args);

 private:
  bool OutOfBudget() const {
    return f_.shrink_runs >= options_.shrink_runs || Clock::now() - start_ >= options_.shrink_budget ||
           session_.interrupted();
  }
  // Whether `input` still fails the same way (and is acceptable); keeps it in f_ if so.
  Result<bool> Keep(const std::string& input, bool generated);
  Result<void> SmallerN(const std::vector<std::string>& base_args);

  Session& session_;
  const StressOptions& options_;
  StressFailure& f_;
  Clock::time_point start_;
};

Result<bool> Shrinker::Keep(const std::string& input, bool generated) {
  if (input == f_.input) return false;
  ++f_.shrink_runs;
  auto e = session_.Evaluate(input);
  if (!e) return e.error();
  if (e->outcome != Evaluation::Outcome::kJudged || e->verdict != f_.verdict) return false;
  // Without a validator, an edited input counts only when the reference answers it.
  if (!generated && !session_.validated() && e->expected.find_first_not_of(" \t\r\n") == std::string::npos)
    return false;
  f_.input = input;
  f_.expected = std::move(e->expected);
  f_.actual = std::move(e->actual);
  f_.stderr_text = std::move(e->stderr_text);
  f_.message = std::move(e->message);
  return true;
}

// The smallest --n (from 1) at which a fresh seed still fails, a bounded number of seeds each.
Result<void> Shrinker::SmallerN(const std::vector<std::string>& base_args) {
  if (f_.n <= 1) return {};
  const int per_n = std::clamp(options_.shrink_runs / 2 / (f_.n - 1), 2, 20);
  for (int n = 1; n < f_.n; ++n) {
    for (int j = 0; j < per_n; ++j) {
      if (OutOfBudget()) return {};
      session_.Progress(fmt::format("shrinking: --n {} ({} runs)", n, f_.shrink_runs));
      const std::uint64_t seed =
          f_.seed + 1'000'003ull * static_cast<std::uint64_t>(j + 1) + static_cast<std::uint64_t>(n);
      auto input = session_.Generate(StressGeneratorArgs(base_args, n, seed));
      if (!input) break;  // this generator does not do this size; try the next one
      auto kept = Keep(*input, true);
      if (!kept) return kept.error();
      if (*kept) {
        f_.shrunk_seed = seed;
        f_.shrunk_n = n;
        return {};
      }
    }
  }
  return {};
}

Result<void> Shrinker::Run(const std::vector<std::string>& base_args) {
  if (auto r = SmallerN(base_args); !r) return r;
  auto keep = [this](const std::string& input) -> Result<bool> {
    session_.Progress(fmt::format("shrinking: {} lines ({} runs)", LineCount(input), f_.shrink_runs));
    return Keep(input, false);
  };
  auto stop = [this] { return OutOfBudget(); };
  // Without a validator nothing says that an input without its first line, with some other
  // number on it lowered, or with a token less on a line, still means anything.
  const bool unchecked = !session_.validated();
  auto lines = DropLines(f_.input, keep, stop, LineRules{unchecked, unchecked});
  if (!lines) return lines.error();
  if (!session_.validated()) return {};
  auto tokens = DropTokens(f_.input, keep, stop);
  if (!tokens) return tokens.error();
  return {};
}

// `text` for people: at most kShownLines lines, with a note for the rest.
std::string Shown(const std::string& text) {
  if (text.empty()) return "(empty)\n";
  const auto lines = SplitLines(text);
  if (lines.size() <= kShownLines) return text.back() == '\n' ? text : text + "\n";
  std::string out;
  for (size_t i = 0; i < kShownLines; ++i) out.append(lines[i]).push_back('\n');
  return out + fmt::format("... ({} more lines; --json or --save has all of it)\n", lines.size() - kShownLines);
}

// splitmix64's finaliser: a seed's well-mixed hash.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

std::vector<std::string> StressGeneratorArgs(std::vector<std::string> base, int n, std::uint64_t seed) {
  auto set = [&base](const std::string& key, const std::string& value) {
    for (size_t i = 0; i + 1 < base.size(); ++i)
      if (base[i] == key) {
        base[i + 1] = value;
        return;
      }
    base.push_back(key);
    base.push_back(value);
  };
  set("--n", std::to_string(n));
  set("--seed", std::to_string(seed));
  return base;
}

namespace {

Result<StressResult> Search(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, const fs::path& home,
                            const Problem& problem, const SourceFile& candidate, const StressOptions& options) {
  if (!IsSingleProgram(problem))
    return MakeError(ErrorKind::kUsage, fmt::format("stress supports stdio and function problems; '{}' is {}",
                                                    problem.id, ProblemKindName(problem.kind)));
  // The generator, and the [[generated]] argument lists that use it (one per try, by seed).
  std::string generator = options.generator;
  if (generator.empty())
    for (const auto& c : problem.cases)
      if (c.generated) {
        generator = c.generated->generator;
        break;
      }
  std::error_code ec;
  if (generator.find_first_of("/\\") != std::string::npos || generator == "." || generator == "..")
    return MakeError(ErrorKind::kUsage,
                     fmt::format("--generator takes a name (generators/NAME.cpp), not '{}'", generator));
  if (generator.empty()) {
    std::vector<std::string> found;
    for (auto it = fs::directory_iterator(problem.dir / "generators", ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
      if (it->path().extension() == ".cpp") found.push_back(it->path().stem().string());
    std::sort(found.begin(), found.end());
    if (found.empty())
      return MakeError(ErrorKind::kUsage,
                       fmt::format("problem '{}' has no generator (generators/<name>.cpp); stress needs one that "
                                   "takes --n and --seed",
                                   problem.id));
    generator = found.front();
  }
  if (!fs::is_regular_file(problem.dir / "generators" / (generator + ".cpp"), ec))
    return MakeError(ErrorKind::kUsage,
                     fmt::format("problem '{}' has no generators/{}.cpp", problem.id, generator));
  std::vector<std::vector<std::string>> arg_lists;
  for (const auto& c : problem.cases)
    if (c.generated && c.generated->generator == generator) arg_lists.push_back(c.generated->args);
  if (arg_lists.empty()) arg_lists.emplace_back();

  fs::path reference = options.reference;
  if (reference.empty()) reference = problem.reference;
  if (reference.empty()) {
    const std::vector<fs::path> accepted = AcceptedSources(problem.dir);
    if (accepted.empty())
      return MakeError(ErrorKind::kUsage,
                       fmt::format("problem '{}' has no reference solution ([reference] solution or "
                                   "submissions/accepted/*.cpp); pass --ref FILE",
                                   problem.id));
    reference = accepted.front();
  }

  StressResult r;
  r.problem = problem.id;
  r.candidate = candidate.display_name;
  r.reference = reference.filename().string();
  r.generator = generator;
  r.first_seed = options.seed;
  r.min_n = options.min_n;
  r.max_n = options.max_n;
  Session session(sandbox, compiler, testdata, home, problem, options);
  auto prepared = session.Prepare(candidate, reference, generator, r.compile_log);
  if (!prepared) return prepared.error();
  if (!*prepared) {
    r.compiled = false;
    return r;
  }
  r.validated = session.validated();

  const auto start = Clock::now();
  const int sizes = options.max_n - options.min_n + 1;
  for (int i = 0; i < options.iterations; ++i) {
    if (session.interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
    if (i > 0 && Clock::now() - start >= options.time_budget) break;
    const int n = options.min_n + i % sizes;
    const std::uint64_t seed = options.seed + static_cast<std::uint64_t>(i);
    // The argument list follows from the seed alone, so --seed S --min-n N --max-n N finds it again.
    const auto& base = arg_lists[Mix(seed) % arg_lists.size()];
    const auto args = StressGeneratorArgs(base, n, seed);
    session.Progress(fmt::format("try {}: --n {} --seed {}{}", i + 1, n, seed,
                                 r.skipped ? fmt::format(" ({} invalid)", r.skipped) : ""));
    auto input = session.Generate(args);
    if (!input) {
      Error error = input.error();
      if (std::find(base.begin(), base.end(), "--n") == base.end() && session.generator_refused())
        error.message += " (stress passes the size as --n and the seed as --seed; no [[generated]] case of this "
                         "generator has --n)";
      return error;
    }
    auto e = session.Evaluate(*input);
    if (!e) return e.error();
    r.accuracy = session.accuracy();
    if (e->outcome == Evaluation::Outcome::kInvalid) {
      if (e->validator_failed)
        return MakeError(ErrorKind::kInternal, fmt::format("input validator misbehaved on the input of "
                                                           "generators/{}.cpp {}: {}",
                                                           generator, JoinTokens(args), e->reason));
      ++r.skipped;
      continue;
    }
    if (e->outcome == Evaluation::Outcome::kReferenceFailed)
      return MakeError(ErrorKind::kInternal,
                       fmt::format("reference solution {} failed on the input of generators/{}.cpp {}: {}",
                                   r.reference, generator, JoinTokens(args), e->reason));
    ++r.tries;
    if (e->verdict == Verdict::kJudgeError)
      return MakeError(ErrorKind::kInternal, fmt::format("the checker misbehaved on the input of generators/{}.cpp "
                                                         "{}: {}", generator, JoinTokens(args), e->message));
    if (e->verdict == Verdict::kAccepted) continue;

    StressFailure f;
    f.seed = f.shrunk_seed = seed;
    f.n = f.shrunk_n = n;
    f.generator_args = args;
    f.original_lines = LineCount(*input);
    f.input = std::move(*input);
    f.expected = std::move(e->expected);
    f.actual = std::move(e->actual);
    f.stderr_text = std::move(e->stderr_text);
    f.verdict = e->verdict;
    f.message = std::move(e->message);
    Shrinker shrinker(session, options, f);
    if (auto s = shrinker.Run(base); !s) return s.error();
    if (session.interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
    r.failure = std::move(f);
    break;
  }
  r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return r;
}

}  // namespace

Result<StressResult> RunStress(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata, const fs::path& home,
                               const Problem& problem, const SourceFile& candidate, const StressOptions& options) {
  auto r = Search(sandbox, compiler, testdata, home, problem, candidate, options);
  // Ctrl-C reaches the generator and the programs too: what they did then says nothing.
  if (options.interrupted && options.interrupted()) return MakeError(ErrorKind::kInterrupted, "interrupted");
  return r;
}

Result<fs::path> SaveStressCase(const Problem& problem, const StressFailure& failure) {
  const fs::path dir = problem.dir / "data" / "secret";
  if (auto r = EnsureDir(dir); !r) return r.error();
  std::error_code ec;
  for (int k = 1; k < 100'000; ++k) {
    const fs::path in = dir / fmt::format("stress-{}.in", k);
    const fs::path ans = dir / fmt::format("stress-{}.ans", k);
    if (fs::exists(in, ec) || fs::exists(ans, ec)) continue;
    // The answer first: a .in without its .ans is a broken package, a lone .ans is not.
    if (auto w = WriteFileAtomic(ans, failure.expected); !w) return w.error();
    if (auto w = WriteFileAtomic(in, failure.input); !w) return w.error();
    return in;
  }
  return MakeError(ErrorKind::kUsage, fmt::format("{} has no free stress-<k>.in name", dir.string()));
}

std::string RenderStressText(const StressResult& r, const std::string& reproduce, const fs::path& saved) {
  std::string out = fmt::format("stress {}: {} against {} (reference) on generators/{}.cpp, --n {}..{}\n", r.problem,
                                r.candidate, r.reference, r.generator, r.min_n, r.max_n);
  if (!r.compiled) return out + fmt::format("{} does not compile (CE):\n{}", r.candidate, r.compile_log);
  const std::string skipped =
      r.skipped ? fmt::format("; the input validator rejected {} more generated inputs", r.skipped) : "";
  if (!r.failure)
    return out + fmt::format("no failing input in {} tries (seeds {}.., {:.1f} s){}\n", r.tries, r.first_seed,
                             r.seconds, skipped) + AccuracyText(r.accuracy);
  const StressFailure& f = *r.failure;
  out += fmt::format("found a failing input on try {} (--n {} --seed {}): {}\n", r.tries, f.n, f.seed,
                     VerdictCode(f.verdict));
  const size_t lines = LineCount(f.input);
  if (lines < f.original_lines || f.shrunk_n < f.n)
    out += fmt::format("shrunk from {} to {} line{} in {} runs{}\n", f.original_lines, lines, lines == 1 ? "" : "s",
                       f.shrink_runs,
                       f.shrunk_n < f.n ? fmt::format(" (--n {} --seed {} fails too)", f.shrunk_n, f.shrunk_seed) : "");
  else
    out += fmt::format("kept at {} line{}: no smaller input failed the same way in {} runs\n", lines,
                       lines == 1 ? "" : "s", f.shrink_runs);
  if (!r.validated)
    out += "note: the package has no input validator, so the shrunk input was not checked against the constraints "
           "(only that the reference answers it)\n";
  out += fmt::format("\ninput ({} line{}):\n{}", lines, lines == 1 ? "" : "s", Shown(f.input));
  out += fmt::format("\nexpected (the output of {}):\n{}", r.reference, Shown(f.expected));
  out += fmt::format("\ngot (the output of {}):\n{}", r.candidate, Shown(f.actual));
  if (!f.stderr_text.empty() && f.verdict != Verdict::kWrongAnswer)
    out += fmt::format("\nits stderr:\n{}", Shown(f.stderr_text));
  out += fmt::format("\n{}: {}\n", VerdictCode(f.verdict), f.message.empty() ? VerdictName(f.verdict) : f.message);
  out += fmt::format("reproduce: {}\n", reproduce);
  out += fmt::format("the unshrunk input: generators/{}.cpp {}\n", r.generator, JoinTokens(f.generator_args));
  if (!saved.empty()) out += fmt::format("saved as {} (and .ans)\n", saved.string());
  return out + AccuracyText(r.accuracy);
}

nlohmann::json RenderStressJson(const StressResult& r, const std::string& reproduce, const fs::path& saved) {
  using nlohmann::json;
  json j = {{"schema", 1},        {"problem", r.problem},     {"found", r.failure.has_value()},
            {"tries", r.tries},   {"skipped", r.skipped},     {"seconds", r.seconds},
            {"candidate", r.candidate}, {"reference", r.reference}, {"generator", r.generator},
            {"validated", r.validated}};
  j["compile"] = {{"ok", r.compiled}, {"log", r.compile_log}};
  AddAccuracyJson(r.accuracy, &j);
  if (!r.failure) {
    for (const char* key : {"seed", "n", "input", "expected", "actual", "message", "reproduce"}) j[key] = nullptr;
    j["verdict"] = r.compiled ? json(nullptr) : json("CE");
    j["saved"] = nullptr;
    return j;
  }
  const StressFailure& f = *r.failure;
  j["seed"] = f.seed;
  j["n"] = f.n;
  j["input"] = f.input;
  j["expected"] = f.expected;
  j["actual"] = f.actual;
  j["verdict"] = VerdictCode(f.verdict);
  j["message"] = f.message;
  j["saved"] = saved.empty() ? json(nullptr) : json(saved.string());
  j["reproduce"] = reproduce;
  j["generator_args"] = f.generator_args;
  j["shrink"] = {{"runs", f.shrink_runs}, {"original_lines", f.original_lines}, {"lines", LineCount(f.input)},
                 {"seed", f.shrunk_seed}, {"n", f.shrunk_n}};
  return j;
}

}  // namespace judge
