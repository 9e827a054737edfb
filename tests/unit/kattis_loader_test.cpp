// Kattis packages, native custom checkers and validators, verify's expectations and the
// checker protocols' parsers: files in a temporary folder, no processes.
#include "judge/packages/kattis_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <fstream>

#include "judge/check/external.h"
#include "judge/run/interactive.h"
#include "judge/packages/problem_loader.h"
#include "judge/authoring/verify.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using checkers::ExternalResult;

class Kattis : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-kattis-XXXXXX";
    dir_ = mkdtemp(templ);
    pkg_ = dir_ / "pkg";
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    fs::create_directories((pkg_ / name).parent_path());
    std::ofstream(pkg_ / name) << text;
  }
  void Case(const std::string& name) {
    Write("data/" + name + ".in", "1\n");
    Write("data/" + name + ".ans", "1\n");
  }
  std::string ErrorOf(const Result<Problem>& r) { return r ? std::string("(loaded)") : r.error().message; }
  fs::path dir_, pkg_;
};

TEST_F(Kattis, LegacyDefaultsAndTimeLimitDerived) {
  Write("problem.yaml", "name: Hello\n");
  Case("sample/1");
  Case("secret/b");
  Case("secret/a");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->format, "legacy");
  EXPECT_EQ(p->title, "Hello");
  EXPECT_EQ(p->time_limit_source, TimeLimitSource::kDerived);
  EXPECT_EQ(p->limits.memory_bytes, 1024ull << 20);  // the legacy default (problemtools)
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kTokens);
  EXPECT_FALSE(p->checker.tokens.case_sensitive);  // Kattis' default validator ignores case
  ASSERT_EQ(p->cases.size(), 3u);
  EXPECT_EQ(p->cases[0].name, "sample/1");
  EXPECT_TRUE(p->cases[0].sample);
  EXPECT_EQ(p->cases[1].name, "secret/a");
  EXPECT_EQ(p->cases[2].name, "secret/b");
}

TEST_F(Kattis, LegacyLimitsFlagsAndTimelimitFile) {
  Write("problem.yaml", "name: X\nvalidator_flags: float_tolerance 1e-4 case_sensitive\nlimits:\n"
                        "  time_multiplier: 3\n  time_safety_margin: 2\n  memory: 512\n  output: 16\n");
  Write(".timelimit", "2.5\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->time_limit_source, TimeLimitSource::kPackage);
  EXPECT_EQ(p->time_limit_origin, ".timelimit");
  EXPECT_EQ(p->limits.time_limit.count(), 2500);
  EXPECT_EQ(p->limits.wall_time_limit.count(), 6000);
  EXPECT_DOUBLE_EQ(p->multipliers.ac_to_time_limit, 3);
  EXPECT_DOUBLE_EQ(p->multipliers.time_limit_to_tle, 2);
  EXPECT_EQ(p->limits.memory_bytes, 512ull << 20);
  EXPECT_EQ(p->limits.output_bytes, 16ull << 20);
  EXPECT_TRUE(p->checker.tokens.case_sensitive);
  EXPECT_EQ(p->checker.tokens.float_absolute, 1e-4);
  EXPECT_EQ(p->checker.tokens.float_relative, 1e-4);
}

TEST_F(Kattis, DomjudgeIniTimeLimit) {
  Write("problem.yaml", "name: X\n");
  Write("domjudge-problem.ini", "name='X'\ntimelimit = '3'\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->limits.time_limit.count(), 3000);
  EXPECT_EQ(p->time_limit_origin, "domjudge-problem.ini");
}

TEST_F(Kattis, Format2023TimeLimitMultipliersAndGroupFlags) {
  Write("problem.yaml", "problem_format_version: 2023-07-draft\nname: X\nvalidation: default\nlimits:\n"
                        "  time_limit: 1.5\n  time_multipliers:\n    ac_to_time_limit: 2.5\n    time_limit_to_tle: 1.2\n");
  Write("data/secret/testdata.yaml", "output_validator_flags: space_change_sensitive\n");
  Write("data/secret/g/testdata.yaml", "output_validator_flags: float_relative_tolerance 0.01\ninput_validator_flags: --max 5\n"
                                       "accept_score: 1\ngrading: whatever\n");
  Case("secret/a");
  Case("secret/g/b");
  Case("secret/g/h/c");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->format, "2023-07-draft");
  EXPECT_EQ(p->limits.time_limit.count(), 1500);
  EXPECT_DOUBLE_EQ(p->multipliers.ac_to_time_limit, 2.5);
  EXPECT_DOUBLE_EQ(p->multipliers.time_limit_to_tle, 1.2);
  ASSERT_EQ(p->cases.size(), 3u);
  ASSERT_TRUE(p->cases[0].tokens);
  EXPECT_TRUE(p->cases[0].tokens->space_change_sensitive);
  ASSERT_TRUE(p->cases[1].tokens);  // the nearest group's flags replace the parent's
  EXPECT_FALSE(p->cases[1].tokens->space_change_sensitive);
  EXPECT_EQ(p->cases[1].tokens->float_relative, 0.01);
  EXPECT_FALSE(p->cases[1].tokens->float_absolute);
  EXPECT_EQ(p->cases[2].name, "secret/g/h/c");  // inherits g's settings
  ASSERT_TRUE(p->cases[2].tokens);
  EXPECT_EQ(p->cases[2].tokens->float_relative, 0.01);
  EXPECT_EQ(p->cases[2].validator_flags, (std::vector<std::string>{"--max", "5"}));
}

TEST_F(Kattis, CustomValidatorFolderAndInputValidators) {
  Write("problem.yaml", "name: X\nvalidation: custom\nvalidator_flags: 7 x\n");
  Write("output_validators/check/check.cpp", "int main(){return 42;}\n");
  Write("input_validators/val.cpp", "int main(){return 42;}\n");
  Write("input_validators/val.h", "\n");
  Write("input_validators/format.ctd", "INT(1,10) NEWLINE\n");
  Write("data/secret/testdata.yaml", "output_validator_flags: extra\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kCustom);
  EXPECT_EQ(p->checker.protocol, Protocol::kKattis);
  EXPECT_EQ(p->checker.program, pkg_ / "output_validators/check");
  EXPECT_EQ(p->checker.flags, (std::vector<std::string>{"7", "x"}));
  EXPECT_EQ(p->cases[0].checker_flags, std::vector<std::string>{"extra"});
  ASSERT_EQ(p->validators.size(), 1u);
  EXPECT_EQ(p->validators[0].program, pkg_ / "input_validators/val.cpp");
  EXPECT_EQ(p->validators[0].protocol, Protocol::kKattis);
  ASSERT_EQ(p->warnings.size(), 1u);
  EXPECT_EQ(p->warnings[0], "input_validators/format.ctd: skipped: only C++ input validators are supported");
}

TEST_F(Kattis, Format2025OutputValidatorFolderAndTestGroupYaml) {
  Write("problem.yaml", "problem_format_version: 2025-09\nname: X\nlimits:\n  time_limit: 1\n");
  Write("output_validator/validator.cpp", "int main(){return 42;}\n");
  Write("data/secret/test_group.yaml", "output_validator_flags: [a, b]\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kCustom);
  EXPECT_EQ(p->checker.program, pkg_ / "output_validator");
  EXPECT_EQ(p->cases[0].checker_flags, (std::vector<std::string>{"a", "b"}));
}

TEST_F(Kattis, UnknownKeysAreWarningsKnownMetadataIsSilent) {
  Write("problem.yaml", "name: X\nauthor: A\nlicense: cc0\nrights_owner: B\nsource: C\nkeywords: [x]\nfrobnicate: 1\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->warnings.size(), 1u);
  EXPECT_EQ(p->warnings[0], (pkg_ / "problem.yaml").string() + ":7:1: unknown key 'frobnicate' (ignored)");
}

TEST_F(Kattis, BadFormatVersionNamesLineAndColumn) {
  Write("problem.yaml", "name: X\nproblem_format_version: 1999\n");
  Case("secret/1");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)),
            (pkg_ / "problem.yaml").string() +
                ":2:25: unknown problem_format_version '1999' (known: legacy, legacy-icpc, 2023-07-draft, 2025-09)");
}

TEST_F(Kattis, YamlSyntaxErrorNamesLineAndColumn) {
  Write("problem.yaml", "name: X\nlimits: [1, 2\n");
  Case("secret/1");
  const std::string e = ErrorOf(LoadProblem(pkg_));
  EXPECT_EQ(e.rfind((pkg_ / "problem.yaml").string() + ":3:1: ", 0), 0u) << e;
}

TEST_F(Kattis, MultiPassIsRefused) {
  Write("problem.yaml", "name: X\nvalidation: custom multi-pass\n");
  Case("secret/1");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)), (pkg_ / "problem.yaml").string() +
                                            ":2:13: 'multi-pass' validation is not supported by this version of judge");
}

// The output validator is the interactor: legacy `validation: custom interactive`, 2023-07
// `type: interactive` (problemtools' guess example). Group flags are not checker flags then.
TEST_F(Kattis, InteractiveOutputValidatorIsTheInteractor) {
  Write("problem.yaml", "name: X\nvalidation: custom interactive\n");
  Write("output_validators/io/io.cpp", "int main(){return 42;}\n");
  Write("data/secret/testdata.yaml", "output_validator_flags: --mode hard\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kInteractive);
  ASSERT_TRUE(p->interactor);
  EXPECT_EQ(p->interactor->program, pkg_ / "output_validators/io");
  EXPECT_TRUE(p->cases[0].checker_flags.empty());
  EXPECT_FALSE(p->cases[0].tokens);

  Write("problem.yaml", "problem_format_version: 2023-07-draft\nname: X\ntype: interactive\n");
  p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kInteractive);

  fs::remove_all(pkg_ / "output_validators");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)), (pkg_ / "problem.yaml").string() +
                                            ": an interactive problem needs its interactor in output_validators/ or "
                                            "output_validator/");
}

// problemtools' defaults: legacy time_multiplier 5, time_safety_margin 2, memory 1024 MiB;
// 2023-07 on: 2, 1.5 and 2048 MiB.
TEST_F(Kattis, LegacyDefaultsDifferFromLaterVersions) {
  Write("problem.yaml", "name: X\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_DOUBLE_EQ(p->multipliers.ac_to_time_limit, 5);
  EXPECT_DOUBLE_EQ(p->multipliers.time_limit_to_tle, 2);
  EXPECT_EQ(p->limits.memory_bytes, 1024ull << 20);
  EXPECT_TRUE(p->limits.cap_address_space);  // problemtools caps the address space (RLIMIT_AS)
  EXPECT_TRUE(p->limits.truncate_output);    // DOMjudge cuts the output and lets it run on
  Write("problem.yaml", "problem_format_version: 2023-07-draft\nname: X\n");
  p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_DOUBLE_EQ(p->multipliers.ac_to_time_limit, 2);
  EXPECT_DOUBLE_EQ(p->multipliers.time_limit_to_tle, 1.5);
  EXPECT_EQ(p->limits.memory_bytes, 2048ull << 20);
}

// input_format_validators/: the old name problemtools still reads; Python ones are a note.
TEST_F(Kattis, InputFormatValidatorsOldName) {
  Write("problem.yaml", "name: X\n");
  Write("input_format_validators/v.cpp", "int main(){return 42;}\n");
  Write("input_format_validators/validate.py", "import sys\nsys.exit(42)\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->validators.size(), 1u);
  EXPECT_EQ(p->validators[0].program, pkg_ / "input_format_validators/v.cpp");
  ASSERT_EQ(p->warnings.size(), 1u);
  EXPECT_EQ(p->warnings[0], "input_format_validators/validate.py: skipped: only C++ input validators are supported");
}

// A solution killed by SIGPIPE wrote after the interactor had gone: the interactor ended first,
// however close the exits (guess_0 on problemtools' guess: WA, not RE).
TEST(InteractiveVerdict, SigpipeMeansTheInteractorEndedFirst) {
  InteractiveRun run;
  run.solution.termination = sandbox::Termination::kSignaled;
  run.solution.signal = SIGPIPE;
  run.interactor.outcome = ExternalResult::Outcome::kRejected;
  run.interactor.message = "guess out of range";
  run.interactor_first = false;  // the two exits were too close to order by the clock
  Limits limits;
  RunVerdict v = InteractiveVerdict(run, limits);
  EXPECT_EQ(v.verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(v.message, "guess out of range");
  run.interactor.outcome = ExternalResult::Outcome::kAccepted;  // accepted, then the solution wrote more
  EXPECT_EQ(InteractiveVerdict(run, limits).verdict, Verdict::kRuntimeError);
  run.solution.signal = SIGSEGV;  // a crash before the interactor ended stays RE
  run.interactor.outcome = ExternalResult::Outcome::kRejected;
  EXPECT_EQ(InteractiveVerdict(run, limits).verdict, Verdict::kRuntimeError);
}

TEST_F(Kattis, BadDefaultValidatorFlag) {
  Write("problem.yaml", "name: X\nvalidator_flags: float_tolerance\n");
  Case("secret/1");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)),
            (pkg_ / "problem.yaml").string() + ": validator_flags: 'float_tolerance' needs a number after it");
}

TEST_F(Kattis, LinksInsideArePresolvedLinksOutsideRefused) {
  Write("problem.yaml", "name: X\n");
  Case("secret/a");
  fs::create_symlink("a.in", pkg_ / "data/secret/b.in");
  fs::create_symlink("a.ans", pkg_ / "data/secret/b.ans");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->cases.size(), 2u);
  EXPECT_EQ(p->cases[1].input, fs::canonical(pkg_ / "data/secret/a.in"));
  std::ofstream(dir_ / "outside.in") << "1\n";
  fs::create_symlink(dir_ / "outside.in", pkg_ / "data/secret/c.in");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)), (pkg_ / "data/secret/c.in").string() +
                                            ": symbolic link data/secret/c.in -> " + (dir_ / "outside.in").string() +
                                            " leaves the package");
}

TEST(DefaultValidatorFlags, AllFlags) {
  auto o = ParseDefaultValidatorFlags({"case_sensitive", "space_change_sensitive", "float_absolute_tolerance", "1e-3",
                                       "float_relative_tolerance", "2e-3"}, "f");
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->case_sensitive);
  EXPECT_TRUE(o->space_change_sensitive);
  EXPECT_EQ(o->float_absolute, 1e-3);
  EXPECT_EQ(o->float_relative, 2e-3);
  auto bad = ParseDefaultValidatorFlags({"ignore_case"}, "f");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message.rfind("f: unknown default output validator flag 'ignore_case'", 0), 0u);
}

// Native problem.toml: [checker] custom and [validator].
class NativeCustom : public Kattis {};

TEST_F(NativeCustom, CustomCheckerAndValidator) {
  Write("problem.toml", "title = \"T\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                        "[checker]\ntype = \"custom\"\nprogram = \"checker/c.cpp\"\nprotocol = \"testlib\"\nflags = [\"-v\"]\n"
                        "[validator]\nprogram = \"validator/v.cpp\"\n");
  Write("checker/c.cpp", "int main(){}\n");
  Write("validator/v.cpp", "int main(){}\n");
  Case("secret/1");
  auto p = LoadProblem(pkg_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->format, "native");
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kCustom);
  EXPECT_EQ(p->checker.protocol, Protocol::kTestlib);
  EXPECT_EQ(p->checker.program, pkg_ / "checker/c.cpp");
  EXPECT_EQ(p->checker.flags, std::vector<std::string>{"-v"});
  ASSERT_EQ(p->validators.size(), 1u);
  EXPECT_EQ(p->validators[0].protocol, Protocol::kPlain);
}

TEST_F(NativeCustom, CustomCheckerNeedsExistingProgramAndProtocol) {
  Write("problem.toml", "title = \"T\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                        "[checker]\ntype = \"custom\"\nprogram = \"checker/missing.cpp\"\nprotocol = \"kattis\"\n");
  Case("secret/1");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)),
            (pkg_ / "problem.toml").string() + ":7:11: 'program': checker/missing.cpp does not exist");
  Write("problem.toml", "title = \"T\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                        "[checker]\ntype = \"custom\"\nprogram = \"../x.cpp\"\nprotocol = \"kattis\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)),
            (pkg_ / "problem.toml").string() + ":7:11: 'program' must be a path inside the package");
  Write("checker/c.cpp", "int main(){}\n");
  Write("problem.toml", "title = \"T\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                        "[checker]\ntype = \"custom\"\nprogram = \"checker/c.cpp\"\nprotocol = \"icpc\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(pkg_)),
            (pkg_ / "problem.toml").string() + ":8:12: unknown checker protocol 'icpc' (known: kattis, testlib)");
}

TEST(Expectation, FoldersAndAnnotations) {
  auto e = ExpectationOf("wrong_answer", "int main(){}", false);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->Text(), "WA");
  EXPECT_TRUE(e->Allows(Verdict::kWrongAnswer));
  EXPECT_FALSE(e->Allows(Verdict::kAccepted));
  e = ExpectationOf("accepted", "// @EXPECTED_RESULTS@: ACCEPTED, WRONG-ANSWER, TIMELIMIT\n", false);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->Text(), "AC, WA or TLE");
  e = ExpectationOf("rejected", "", true);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->Text(), "not AC");
  EXPECT_TRUE(e->Allows(Verdict::kTimeLimit));
  EXPECT_FALSE(e->Allows(Verdict::kAccepted));
  EXPECT_FALSE(e->Allows(Verdict::kJudgeError));
  e = ExpectationOf("run_time_error", "", true);
  EXPECT_TRUE(e->Allows(Verdict::kMemoryLimit));  // Kattis: memory exhaustion is a run-time error
  EXPECT_FALSE(ExpectationOf("run_time_error", "", false)->Allows(Verdict::kMemoryLimit));
  EXPECT_FALSE(ExpectationOf("misc", "", false));
}

TEST(Protocols, Kattis) {
  auto r = checkers::InterpretKattis("v", 42, false, "", "");
  EXPECT_EQ(r.outcome, ExternalResult::Outcome::kAccepted);
  r = checkers::InterpretKattis("v", 43, false, "\n  wrong at 3  \nmore\n", "");
  EXPECT_EQ(r.outcome, ExternalResult::Outcome::kRejected);
  EXPECT_EQ(r.message, "wrong at 3");
  r = checkers::InterpretKattis("v", 0, false, "", "oops\n");
  EXPECT_EQ(r.outcome, ExternalResult::Outcome::kFailed);
  EXPECT_EQ(r.message, "v exited with code 0: oops (the Kattis protocol allows only 42 and 43)");
  r = checkers::InterpretKattis("v", -1, true, "", "");
  EXPECT_EQ(r.outcome, ExternalResult::Outcome::kFailed);
  EXPECT_EQ(r.message, "v timed out");
  EXPECT_EQ(checkers::FirstLine(std::string(300, 'x')).size(), 203u);
}

TEST(Protocols, Testlib) {
  using O = ExternalResult::Outcome;
  EXPECT_EQ(checkers::InterpretTestlib("c", 0, false, "", "ok 3 numbers\n").outcome, O::kAccepted);
  EXPECT_EQ(checkers::InterpretTestlib("c", 1, false, "", "wrong answer 1st differs\n").message, "wrong answer 1st differs");
  EXPECT_EQ(checkers::InterpretTestlib("c", 2, false, "", "wrong output format\n").outcome, O::kRejected);
  auto r = checkers::InterpretTestlib("c", 3, false, "", "FAIL answer is bad\n");
  EXPECT_EQ(r.outcome, O::kFailed);
  EXPECT_EQ(r.message, "c failed (testlib 'fail'): FAIL answer is bad");
  r = checkers::InterpretTestlib("c", 7, false, "", "points 0.25 partial\n");
  EXPECT_EQ(r.outcome, O::kPartial);
  EXPECT_DOUBLE_EQ(r.score, 0.25);
  r = checkers::InterpretTestlib("c", 7, false, "40\n", "");
  EXPECT_EQ(r.outcome, O::kPartial);
  EXPECT_DOUBLE_EQ(r.score, 40);
  EXPECT_EQ(checkers::InterpretTestlib("c", 7, false, "", "points x\n").outcome, O::kFailed);
  EXPECT_EQ(checkers::InterpretTestlib("c", 5, false, "", "").outcome, O::kFailed);
  EXPECT_EQ(checkers::InterpretTestlib("c", -1, false, "", "").message, "c crashed (killed by a signal)");
}

}  // namespace
}  // namespace judge
