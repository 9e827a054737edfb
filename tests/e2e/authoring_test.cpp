// Problem authoring through the built binary: custom checkers (Kattis and testlib), Kattis
// packages judged in place, judge verify and judge new. Each test writes its own small package.
#include <nlohmann/json.hpp>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

class Authoring : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = e2e::HomeEnvironment::home() / "pkgs" / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(dir_);
  }
  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  json Json(const Outcome& o) {
    EXPECT_FALSE(o.out.empty()) << o.err;
    return o.out.empty() ? json() : json::parse(o.out);
  }
  fs::path dir_;
};

// Reads one integer and prints it back (plus `delta`).
std::string Echo(int delta) {
  return "#include <cstdio>\nint main(){long long x;std::scanf(\"%lld\",&x);std::printf(\"%lld\\n\",x+" +
         std::to_string(delta) + ");}\n";
}

// A Kattis output validator: accepts when |output - answer| <= the tolerance given as flag.
const char* kKattisValidator = R"(#include <cstdio>
#include <cstdlib>
#include <string>
int main(int argc, char** argv) {
  if (argc < 4) return 1;
  long long tol = argc > 4 ? std::atoll(argv[4]) : 0;
  FILE* ans = std::fopen(argv[2], "r");
  long long want = 0, got = 0;
  if (!ans || std::fscanf(ans, "%lld", &want) != 1) return 1;
  std::string msg = std::string(argv[3]) + "judgemessage.txt";
  FILE* fb = std::fopen(msg.c_str(), "w");
  if (std::scanf("%lld", &got) != 1) { std::fprintf(fb, "no number\n"); return 43; }
  long long d = got > want ? got - want : want - got;
  if (d > tol) { std::fprintf(fb, "off by %lld (tolerance %lld)\nsecond line\n", d, tol); return 43; }
  return 42;
}
)";

TEST_F(Authoring, KattisLegacyPackageWithCustomValidator) {
  REQUIRE_SANDBOX();
  Write("echo/problem.yaml", "name: Echo with tolerance\nvalidation: custom\nvalidator_flags: 2\nlimits:\n  memory: 256\n"
                            "author: Someone\nlicense: cc by-sa\n");
  Write("echo/output_validators/tol/tol.cpp", kKattisValidator);
  Write("echo/data/sample/1.in", "5\n");
  Write("echo/data/sample/1.ans", "5\n");
  Write("echo/data/secret/a.in", "100\n");
  Write("echo/data/secret/a.ans", "100\n");
  Write("echo/submissions/accepted/exact.cpp", Echo(0));
  Write("echo/submissions/accepted/close.cpp", Echo(2));
  Write("echo/submissions/wrong_answer/far.cpp", Echo(3));
  const fs::path pkg = dir_ / "echo";

  Outcome wa = Judge({"submit", pkg.string(), (pkg / "submissions/wrong_answer/far.cpp").string(), "--json", "--no-save"});
  EXPECT_EQ(wa.exit_code, 1) << wa.err;
  json j = Json(wa);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["cases"][0]["message"], "off by 3 (tolerance 2)");

  Outcome ok = Judge({"submit", pkg.string(), (pkg / "submissions/accepted/close.cpp").string(), "--json", "--no-save"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err << ok.out;

  Outcome v = Judge({"verify", pkg.string(), "--json"});
  EXPECT_EQ(v.exit_code, 0) << v.err << v.out;
  j = Json(v);
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["problem"], "echo");
  EXPECT_TRUE(j["ok"].get<bool>());
  EXPECT_EQ(j["time_limit_ms"], 1000);  // derived: tiny solutions, rounded up to 1 s
  ASSERT_EQ(j["submissions"].size(), 3u);
  EXPECT_EQ(j["submissions"][2]["path"], "submissions/wrong_answer/far.cpp");
  EXPECT_EQ(j["submissions"][2]["expected"], "WA");
  EXPECT_EQ(j["submissions"][2]["got"], "WA");
}

TEST_F(Authoring, Kattis2025GroupsFloatToleranceAndLinks) {
  REQUIRE_SANDBOX();
  Write("halve/problem.yaml", "problem_format_version: 2025-09\nname:\n  en: Halve\n  sv: Halvera\n"
                              "type: pass-fail\nlimits:\n  time_limit: 2\nuuid: 123\n");
  Write("halve/data/sample/1.in", "3\n");
  Write("halve/data/sample/1.ans", "1.5\n");
  Write("halve/data/secret/loose/test_group.yaml", "output_validator_flags: float_tolerance 1e-3\n");
  Write("halve/data/secret/loose/a.in", "1\n");
  Write("halve/data/secret/loose/a.ans", "0.5\n");
  Write("halve/data/secret/strict/test_group.yaml", "output_validator_flags: [float_absolute_tolerance, \"1e-9\"]\n");
  fs::create_directories(dir_ / "halve/data/secret/strict");
  fs::create_symlink("../loose/a.in", dir_ / "halve/data/secret/strict/b.in");
  Write("halve/data/secret/strict/b.ans", "0.5\n");
  // Prints x/2 + 1e-5: inside 1e-3 (loose), outside 1e-9 (strict).
  const fs::path sloppy = Write("sloppy.cpp", "#include <cstdio>\nint main(){double x;std::scanf(\"%lf\",&x);"
                                              "std::printf(\"%.6f\\n\",x/2+1e-5);}\n");
  Outcome o = Judge({"submit", (dir_ / "halve").string(), sloppy.string(), "--json", "--no-save"});
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "WA") << o.out;
  ASSERT_EQ(j["cases"].size(), 3u);
  EXPECT_EQ(j["cases"][0]["name"], "sample/1");
  EXPECT_EQ(j["cases"][0]["verdict"], "WA");  // no flags: exact tokens
  EXPECT_EQ(j["cases"][1]["name"], "secret/loose/a");
  EXPECT_EQ(j["cases"][1]["verdict"], "AC");
  EXPECT_EQ(j["cases"][2]["name"], "secret/strict/b");
  EXPECT_EQ(j["cases"][2]["verdict"], "WA");
  EXPECT_EQ(j["cases"][0]["cpu_ms"].is_number(), true);

  // A link out of the package is refused.
  fs::create_symlink("/etc/hostname", dir_ / "halve/data/secret/strict/c.in");
  Write("halve/data/secret/strict/c.ans", "1\n");
  o = Judge({"submit", (dir_ / "halve").string(), sloppy.string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("c.in: symbolic link data/secret/strict/c.in -> /etc/hostname leaves the package"),
            std::string::npos)
      << o.err;
}

// A Kattis interactor: the input holds the hidden number in 1..100; answers "higher", "lower"
// or "correct"; a guess out of range is rejected at once.
const char* kGuessInteractor = R"(#include <cstdio>
#include <string>
int main(int argc, char** argv) {
  if (argc < 4) return 1;
  FILE* in = std::fopen(argv[1], "r");
  int target = 0;
  if (!in || std::fscanf(in, "%d", &target) != 1) return 1;
  std::string fb = std::string(argv[3]) + "judgemessage.txt";
  for (int tries = 0; tries < 20; ++tries) {
    int g = 0;
    if (std::scanf("%d", &g) != 1 || g < 1 || g > 100) {
      FILE* f = std::fopen(fb.c_str(), "w");
      std::fprintf(f, "bad guess %d\n", g);
      return 43;
    }
    if (g == target) { std::printf("correct\n"); std::fflush(stdout); return 42; }
    std::printf(g < target ? "higher\n" : "lower\n");
    std::fflush(stdout);
  }
  return 43;
}
)";

// A guessing solution: binary search, then `after` (code run once it hears "correct").
std::string Guesser(const std::string& after) {
  return "#include <cstdio>\n#include <cstring>\nint main(){int lo=1,hi=100;char r[16];for(;;){int m=(lo+hi)/2;"
         "std::printf(\"%d\\n\",m);std::fflush(stdout);if(std::scanf(\"%15s\",r)!=1)return 0;"
         "if(!std::strcmp(r,\"correct\"))break;if(!std::strcmp(r,\"lower\"))hi=m-1;else lo=m+1;}" + after + "}\n";
}

// Kattis interactive packages (2023-07 `type: interactive`, as problemtools' guess example): the
// output validator is the interactor. A solution that keeps writing after a rejection dies of
// SIGPIPE right after the interactor exits; that is WA (the interactor ended first), not RE.
// A Python input validator and a Python submission are skipped with a note each.
TEST_F(Authoring, KattisInteractivePackage) {
  REQUIRE_SANDBOX();
  Write("guess/problem.yaml", "problem_format_version: 2023-07-draft\nname: Guess\ntype: interactive\n"
                             "limits:\n  time_limit: 1\n");
  Write("guess/output_validators/interactor/interactor.cpp", kGuessInteractor);
  Write("guess/input_validators/validate.py", "import sys\nsys.exit(42)\n");
  for (const char* n : {"1", "50", "100", "77"}) {
    Write(std::string("guess/data/secret/") + n + ".in", std::string(n) + "\n");
    Write(std::string("guess/data/secret/") + n + ".ans", "");
  }
  Write("guess/submissions/accepted/binary.cpp", Guesser("return 0;"));
  Write("guess/submissions/accepted/binary.py", "print(50)\n");
  Write("guess/submissions/run_time_error/exit3.cpp", Guesser("return 3;"));
  Write("guess/submissions/wrong_answer/spam.cpp",
        "#include <cstdio>\nint main(){for(;;){std::printf(\"0\\n\");std::fflush(stdout);}}\n");
  // problemtools' guess_tle.cc: a bad guess, then a spin until the time limit. The interactor
  // rejected first, so it is WA at every limit (problemtools' validator_first), not TLE.
  Write("guess/submissions/wrong_answer/spin_after_bad_guess.cpp",
        "#include <cstdio>\nint main(){std::printf(\"-1\\n\");std::fflush(stdout);for(volatile int i=0;;i=i+1){}}\n");
  Outcome o = Judge({"verify", (dir_ / "guess").string(), "--json", "--speed-factor", "1"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  json j = Json(o);
  EXPECT_TRUE(j["ok"].get<bool>()) << o.out;
  ASSERT_EQ(j["submissions"].size(), 4u) << o.out;
  EXPECT_EQ(j["submissions"][0]["got"], "AC");
  EXPECT_EQ(j["submissions"][1]["got"], "RE");
  EXPECT_EQ(j["submissions"][2]["path"], "submissions/wrong_answer/spam.cpp");
  EXPECT_EQ(j["submissions"][2]["got"], "WA");
  EXPECT_EQ(j["submissions"][3]["path"], "submissions/wrong_answer/spin_after_bad_guess.cpp");
  EXPECT_EQ(j["submissions"][3]["got"], "WA") << j["submissions"][3].dump();
  EXPECT_EQ(j["submissions"][3]["got_with_margin"], "WA");
  std::string warnings = j["warnings"].dump();
  EXPECT_NE(warnings.find("input_validators/validate.py: skipped: only C++ input validators are supported"),
            std::string::npos) << warnings;
  EXPECT_NE(warnings.find("submissions/accepted/binary.py: skipped: only C++ submissions are judged"),
            std::string::npos) << warnings;
  EXPECT_EQ(warnings.find("no input validators"), std::string::npos) << warnings;
}

TEST_F(Authoring, BadProblemFormatVersionIsMalformed) {
  Write("bad/problem.yaml", "name: X\nproblem_format_version: 2019-01\n");
  Write("bad/data/secret/1.in", "1\n");
  Write("bad/data/secret/1.ans", "1\n");
  Outcome o = Judge({"verify", (dir_ / "bad").string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("problem.yaml:2:25: unknown problem_format_version '2019-01'"), std::string::npos) << o.err;
}

// A native package with a testlib checker: exact = OK, off by one = 0.5 points, else WA.
TEST_F(Authoring, TestlibCheckerGivesPartialScore) {
  REQUIRE_SANDBOX();
  Write("tl/problem.toml", "title = \"T\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                           "[checker]\ntype = \"custom\"\nprogram = \"checker/check.cpp\"\nprotocol = \"testlib\"\n");
  Write("tl/checker/check.cpp", R"(#include <cstdio>
int main(int, char** argv) {
  FILE* out = std::fopen(argv[2], "r"); FILE* ans = std::fopen(argv[3], "r");
  long long a = 0, b = 0;
  if (std::fscanf(out, "%lld", &a) != 1) { std::fprintf(stderr, "wrong answer no number\n"); return 1; }
  std::fscanf(ans, "%lld", &b);
  if (a == b) { std::fprintf(stderr, "ok fine\n"); return 0; }
  if (a == b + 1) { std::fprintf(stderr, "points 0.5 off by one\n"); return 7; }
  std::fprintf(stderr, "wrong answer expected %lld, found %lld\n", b, a);
  return 1;
}
)");
  Write("tl/data/secret/1.in", "7\n");
  Write("tl/data/secret/1.ans", "7\n");
  Outcome o = Judge({"submit", (dir_ / "tl").string(), Write("ok.cpp", Echo(0)).string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  o = Judge({"submit", (dir_ / "tl").string(), Write("one.cpp", Echo(1)).string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 1);
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "PAC");
  EXPECT_EQ(j["cases"][0]["message"], "score 0.5: points 0.5 off by one");
  o = Judge({"submit", (dir_ / "tl").string(), Write("two.cpp", Echo(2)).string(), "--json", "--no-save"});
  j = Json(o);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["cases"][0]["message"], "wrong answer expected 7, found 9");
}

TEST_F(Authoring, CrashingCheckerIsJudgeErrorNamingIt) {
  REQUIRE_SANDBOX();
  Write("crash/problem.toml", "title = \"C\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                              "[checker]\ntype = \"custom\"\nprogram = \"checker/boom.cpp\"\nprotocol = \"kattis\"\n");
  Write("crash/checker/boom.cpp", "#include <cstdlib>\nint main(){std::abort();}\n");
  Write("crash/data/secret/1.in", "7\n");
  Write("crash/data/secret/1.ans", "7\n");
  Write("crash/submissions/accepted/echo.cpp", Echo(0));
  Outcome o = Judge({"submit", (dir_ / "crash").string(), Write("ok.cpp", Echo(0)).string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 3) << o.err;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "JE");
  EXPECT_EQ(j["cases"][0]["message"], "checker/boom.cpp crashed (killed by a signal)");
  o = Judge({"verify", (dir_ / "crash").string(), "--json"});
  EXPECT_EQ(o.exit_code, 3) << o.err;
  EXPECT_FALSE(Json(o)["ok"].get<bool>());
}

TEST_F(Authoring, VerifyCatchesSolutionInTheWrongFolder) {
  REQUIRE_SANDBOX();
  Write("aplusb/problem.toml", "title = \"A\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                               "[validator]\nprogram = \"validator/v.cpp\"\n");
  Write("aplusb/validator/v.cpp", "#include <cstdio>\nint main(){long long x; if(std::scanf(\"%lld\",&x)!=1||x<0){"
                                  "std::fprintf(stderr,\"x must be >= 0\\n\");return 1;}}\n");
  Write("aplusb/data/secret/1.in", "7\n");
  Write("aplusb/data/secret/1.ans", "7\n");
  Write("aplusb/data/secret/2.in", "-1\n");
  Write("aplusb/data/secret/2.ans", "-1\n");
  Write("aplusb/submissions/accepted/echo.cpp", Echo(0));
  Write("aplusb/submissions/accepted/plus1.cpp", Echo(1));
  Write("aplusb/submissions/wrong_answer/multi.cpp", "// @EXPECTED_RESULTS@: ACCEPTED, WRONG_ANSWER\n" + Echo(0));
  Outcome o = Judge({"verify", (dir_ / "aplusb").string(), "--json"});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  json j = Json(o);
  EXPECT_FALSE(j["ok"].get<bool>());
  ASSERT_EQ(j["submissions"].size(), 3u);
  EXPECT_EQ(j["submissions"][1]["path"], "submissions/accepted/plus1.cpp");
  EXPECT_FALSE(j["submissions"][1]["ok"].get<bool>());
  EXPECT_EQ(j["submissions"][1]["got"], "WA");
  EXPECT_EQ(j["submissions"][2]["expected"], json::array({"AC", "WA"}));
  EXPECT_TRUE(j["submissions"][2]["ok"].get<bool>());
  const auto errors = j["errors"].dump();
  EXPECT_NE(errors.find("input validator validator/v.cpp rejects secret/2: x must be >= 0"), std::string::npos) << errors;
  EXPECT_NE(errors.find("submissions/accepted/plus1.cpp gets WA on secret/1: line 1, column 1: expected '7', got '8'; "
                        "expected AC"), std::string::npos) << errors;
}

TEST_F(Authoring, NewThenVerifySaysWhatIsMissing) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"new", "sum-list", "--dir", dir_.string()});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  for (const char* f : {"problem.toml", "statement.md", "data/sample/1.in", "data/sample/1.ans", "generators/gen.cpp",
                        "validator/validate.cpp", "submissions/accepted/solution.cpp"})
    EXPECT_TRUE(fs::is_regular_file(dir_ / "sum-list" / f)) << f;
  EXPECT_TRUE(fs::is_directory(dir_ / "sum-list/submissions/wrong_answer"));
  o = Judge({"new", "sum-list", "--dir", dir_.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("already exists; not overwriting it"), std::string::npos) << o.err;

  o = Judge({"verify", (dir_ / "sum-list").string()});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.out.find("error: submissions/accepted/solution.cpp gets WA on sample/1: line 1, column 1: expected '6', "
                       "got end of output; write the reference solution"), std::string::npos) << o.out;

  Write("sum-list/submissions/accepted/solution.cpp",
        "#include <cstdio>\nint main(){long long n,s=0,x;std::scanf(\"%lld\",&n);while(n--){std::scanf(\"%lld\",&x);"
        "s+=x;}std::printf(\"%lld\\n\",s);}\n");
  Write("sum-list/submissions/wrong_answer/int32.cpp",
        "#include <cstdio>\nint main(){int n,s=0,x;std::scanf(\"%d\",&n);while(n--){std::scanf(\"%d\",&x);"
        "s+=x;}std::printf(\"%d\\n\",s);}\n");
  o = Judge({"verify", (dir_ / "sum-list").string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_TRUE(Json(o)["ok"].get<bool>());
}

TEST_F(Authoring, NewRefusesBadId) {
  Outcome o = Judge({"new", "Bad_Id", "--dir", dir_.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "Bad_Id"));
}

// Every bundled problem verifies (slow: runs every submission, TLE ones twice).
class BundledVerify : public ::testing::TestWithParam<std::string> {};

TEST_P(BundledVerify, PackageIsValid) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"verify", GetParam(), "--json"});
  ASSERT_FALSE(o.out.empty()) << o.err;
  json j = json::parse(o.out);
  EXPECT_EQ(o.exit_code, 0) << j.dump(2) << o.err;
  EXPECT_TRUE(j["ok"].get<bool>()) << j["errors"].dump(2);
}

std::vector<std::string> BundledProblems() {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(e2e::SourceDir() / "problems", ec))
    if (fs::is_regular_file(e.path() / "problem.toml") || fs::is_regular_file(e.path() / "problem.yaml"))
      out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Problems, BundledVerify, ::testing::ValuesIn(BundledProblems()), Name);

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
