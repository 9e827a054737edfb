// judge stress through the built binary: each test writes a small package (a generator, a
// validator, a reference) and candidates with planted bugs, and asserts what stress finds,
// how far it shrinks it, what --save adds to the package, and the exit codes of bad input.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

// "Print the maximum": n on the first line, then n integers, one per line.
const char* kGenerator = R"(#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
int main(int argc, char** argv) {
  long long n = 5, seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--n")) n = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::atoll(argv[i + 1]);
    else { std::fprintf(stderr, "gen: unknown option %s\n", argv[i]); return 2; }
  }
  std::mt19937_64 rng(static_cast<unsigned long long>(seed));
  std::printf("%lld\n", n);
  for (long long i = 0; i < n; ++i) std::printf("%lld\n", static_cast<long long>(rng() % 101) - 50);
}
)";

// Ignores --n: always eight numbers, so only deleting lines can make its inputs smaller.
const char* kFixedSizeGenerator = R"(#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
int main(int argc, char** argv) {
  long long seed = 1;
  for (int i = 1; i + 1 < argc; i += 2)
    if (!std::strcmp(argv[i], "--seed")) seed = std::atoll(argv[i + 1]);
  std::mt19937_64 rng(static_cast<unsigned long long>(seed));
  std::printf("8\n");
  for (int i = 0; i < 8; ++i) std::printf("%lld\n", static_cast<long long>(rng() % 101) - 50);
}
)";

// 1 <= n <= 1000, then exactly n integers in [-1000, 1000], then the end.
const char* kValidator = R"(#include <cstdio>
int main() {
  long long n, x;
  if (std::scanf("%lld", &n) != 1 || n < 1 || n > 1000) { std::fprintf(stderr, "bad n\n"); return 1; }
  for (long long i = 0; i < n; ++i)
    if (std::scanf("%lld", &x) != 1 || x < -1000 || x > 1000) { std::fprintf(stderr, "bad value\n"); return 1; }
  if (std::scanf("%lld", &x) == 1) { std::fprintf(stderr, "extra data\n"); return 1; }
  return 0;
}
)";

// The maximum, with `bug` spliced in before it is printed (`best`, `n` and `v` in scope).
std::string MaxSolution(const std::string& bug) {
  return "#include <cstdio>\n#include <vector>\nint main(){long long n;if(std::scanf(\"%lld\",&n)!=1)return 0;"
         "std::vector<long long> v(n>0?n:0);for(auto& x:v)std::scanf(\"%lld\",&x);long long best=-1000000;"
         "for(auto x:v)if(x>best)best=x;" +
         bug + "std::printf(\"%lld\\n\",best);}\n";
}

class Stress : public ::testing::Test {
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
  static std::string Read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  json Json(const Outcome& o) {
    EXPECT_FALSE(o.out.empty()) << o.err;
    return o.out.empty() ? json() : json::parse(o.out);
  }
  // The "max" package: generator, validator (unless `validator` is false), reference, one case.
  fs::path MaxPackage(const std::string& generator = kGenerator, bool validator = true) {
    Write("max/problem.toml", std::string("title = \"Maximum\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n") +
                                  (validator ? "[validator]\nprogram = \"validator/v.cpp\"\n" : "") +
                                  "[[generated]]\nname = \"gen-1\"\ngenerator = \"gen\"\nargs = [\"--n\", \"200\", "
                                  "\"--seed\", \"5\"]\n[reference]\nsolution = \"submissions/accepted/max.cpp\"\n");
    Write("max/generators/gen.cpp", generator);
    if (validator) Write("max/validator/v.cpp", kValidator);
    Write("max/data/secret/1.in", "4\n1\n-2\n3\n0\n");
    Write("max/data/secret/1.ans", "3\n");
    Write("max/submissions/accepted/max.cpp", MaxSolution(""));
    return dir_ / "max";
  }
  static size_t Lines(const std::string& text) {
    size_t n = 0;
    for (char c : text) n += c == '\n';
    return n + (!text.empty() && text.back() != '\n');
  }
  fs::path dir_;
};

TEST_F(Stress, FindsTheSizeOnlyBugAndKeepsAValidInput) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage();
  const fs::path bad = Write("off_by_one_at_3.cpp", MaxSolution("if(n==3)best+=1;"));
  Outcome o = Judge({"stress", pkg.string(), bad.string(), "--json", "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["problem"], "max");
  EXPECT_TRUE(j["found"].get<bool>());
  // Try i uses --n 1 + i % 10 and --seed 1 + i: the third try is the first with n = 3.
  EXPECT_EQ(j["tries"], 3);
  EXPECT_EQ(j["n"], 3);
  EXPECT_EQ(j["seed"], 3);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_TRUE(j["validated"].get<bool>());
  EXPECT_TRUE(j["saved"].is_null());
  // No smaller n fails and every deletion breaks the validator or the bug: still n = 3.
  const std::string input = j["input"];
  ASSERT_EQ(Lines(input), 4u) << input;
  EXPECT_EQ(input.substr(0, 2), "3\n");
  const long long expected = std::stoll(j["expected"].get<std::string>());
  EXPECT_EQ(std::stoll(j["actual"].get<std::string>()), expected + 1);
  EXPECT_EQ(j["message"], fmt::format("line 1, column 1: expected '{}', got '{}'", expected, expected + 1));
  EXPECT_NE(j["reproduce"].get<std::string>().find("--seed 3 --min-n 3 --max-n 3 --iterations 1"), std::string::npos);

  // The text says the same, and the reproduce command finds the same input.
  o = Judge({"stress", pkg.string(), bad.string(), "--seed", "3", "--min-n", "3", "--max-n", "3", "--iterations", "1"});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.out.find("found a failing input on try 1 (--n 3 --seed 3): WA"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("input (4 lines):\n" + input), std::string::npos) << o.out;
  EXPECT_NE(o.out.find(fmt::format("expected (the output of max.cpp):\n{}\n", expected)), std::string::npos) << o.out;
  EXPECT_NE(o.out.find(fmt::format("got (the output of off_by_one_at_3.cpp):\n{}\n", expected + 1)), std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("reproduce: judge stress"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("no input validator"), std::string::npos) << o.out;
}

TEST_F(Stress, ShrinksToTheNegativeMaximum) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage();
  // Starts from 0: wrong exactly when every number is negative.
  const fs::path bad = Write("zero_start.cpp", MaxSolution("if(best<0)best=0;"));
  Outcome o = Judge({"stress", pkg.string(), bad.string(), "--json", "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  ASSERT_TRUE(j["found"].get<bool>()) << o.out;
  EXPECT_EQ(j["verdict"], "WA");
  const std::string input = j["input"];
  EXPECT_EQ(Lines(input), 2u) << input;  // "1\n-k\n"
  EXPECT_EQ(input.substr(0, 3), "1\n-") << input;
  EXPECT_EQ(j["actual"], "0\n");
  EXPECT_EQ(j["expected"], input.substr(2));
}

TEST_F(Stress, DeletesLinesAndAdjustsTheCount) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage(kFixedSizeGenerator);
  // Compares absolute values: wrong when the number of largest magnitude is negative.
  const fs::path bad = Write("abs.cpp", "#include <cstdio>\n#include <cstdlib>\nint main(){long long n,x,best=0;"
                                        "std::scanf(\"%lld\",&n);for(long long i=0;i<n;++i){std::scanf(\"%lld\",&x);"
                                        "if(i==0||std::llabs(x)>std::llabs(best))best=x;}"
                                        "std::printf(\"%lld\\n\",best);}\n");
  Outcome o = Judge({"stress", pkg.string(), bad.string(), "--json", "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  ASSERT_TRUE(j["found"].get<bool>()) << o.out;
  EXPECT_EQ(j["shrink"]["original_lines"], 9);
  // Two numbers are the least that fail ("2\n3\n-7\n"): the count follows the deleted lines.
  const std::string input = j["input"];
  EXPECT_EQ(input.substr(0, 2), "2\n") << input;
  EXPECT_EQ(Lines(input), 3u) << input;
  EXPECT_EQ(j["message"].get<std::string>().find("line 1, column 1: expected"), 0u) << j.dump();
}

TEST_F(Stress, WithoutAValidatorSaysShrunkInputsAreUnchecked) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage(kFixedSizeGenerator, false);
  // Wrong whenever the first number is negative.
  const fs::path first = Write("first.cpp", MaxSolution("if(!v.empty()&&v[0]<0)best=v[0]-1;"));
  Outcome o = Judge({"stress", pkg.string(), first.string(), "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  EXPECT_NE(o.out.find("note: the package has no input validator, so the shrunk input was not checked against the "
                       "constraints"),
            std::string::npos)
      << o.out;
  o = Judge({"stress", pkg.string(), first.string(), "--json", "--iterations", "200", "--time", "20"});
  json j = Json(o);
  EXPECT_FALSE(j["validated"].get<bool>());
  EXPECT_LE(Lines(j["input"].get<std::string>()), 2u) << j.dump();
}

TEST_F(Stress, CorrectSolutionPassesTheBudget) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage();
  const fs::path good = Write("good.cpp", MaxSolution("") + "// another accepted one\n");
  Outcome o = Judge({"stress", pkg.string(), good.string(), "--iterations", "30", "--time", "20"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_NE(o.out.find("no failing input in 30 tries"), std::string::npos) << o.out;
  o = Judge({"stress", pkg.string(), good.string(), "--json", "--iterations", "30", "--time", "20"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  json j = Json(o);
  EXPECT_FALSE(j["found"].get<bool>());
  EXPECT_EQ(j["tries"], 30);
  EXPECT_TRUE(j["input"].is_null());
  EXPECT_TRUE(j["saved"].is_null());
}

TEST_F(Stress, SaveAddsTheCaseThatSubmitThenFails) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage();
  const fs::path bad = Write("off_by_one_at_3.cpp", MaxSolution("if(n==3)best+=1;"));
  // The package's own cases do not catch it.
  Outcome o = Judge({"submit", pkg.string(), bad.string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;

  o = Judge({"stress", pkg.string(), bad.string(), "--json", "--save", "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  const fs::path in = pkg / "data/secret/stress-1.in";
  EXPECT_EQ(j["saved"], in.string());
  EXPECT_EQ(Read(in), j["input"].get<std::string>());
  EXPECT_EQ(Read(pkg / "data/secret/stress-1.ans"), j["expected"].get<std::string>());

  o = Judge({"submit", pkg.string(), bad.string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  j = Json(o);
  EXPECT_EQ(j["verdict"], "WA");
  bool seen = false;
  for (const auto& c : j["cases"])
    if (c["name"] == "secret/stress-1") {
      seen = true;
      EXPECT_EQ(c["verdict"], "WA");
    }
  EXPECT_TRUE(seen) << j.dump();

  // The next one gets the next free name; the text says where it went.
  o = Judge({"stress", pkg.string(), bad.string(), "--save", "--iterations", "200", "--time", "20"});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.out.find("saved as " + (pkg / "data/secret/stress-2.in").string()), std::string::npos) << o.out;
  EXPECT_TRUE(fs::exists(pkg / "data/secret/stress-2.ans"));
}

TEST_F(Stress, BadInput) {
  const fs::path pkg = MaxPackage();
  const fs::path good = Write("good.cpp", MaxSolution(""));
  Outcome o = Judge({"stress", "no-such-problem", good.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("no-such-problem"), std::string::npos) << o.err;

  o = Judge({"stress", pkg.string(), (dir_ / "missing.cpp").string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("missing.cpp' does not exist"), std::string::npos) << o.err;

  o = Judge({"stress", pkg.string(), good.string(), "--max-n", "0"});
  EXPECT_EQ(o.exit_code, 2);

  o = Judge({"stress", pkg.string(), good.string(), "--generator", "nope"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("has no generators/nope.cpp"), std::string::npos) << o.err;

  Write("inter/problem.toml", "title = \"I\"\nkind = \"interactive\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                              "[interactor]\nprogram = \"interactor/interactor.cpp\"\n");
  Write("inter/interactor/interactor.cpp", "int main(){return 42;}\n");
  Write("inter/data/secret/1.in", "1\n");
  Write("inter/data/secret/1.ans", "1\n");
  o = Judge({"stress", (dir_ / "inter").string(), good.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("stress supports stdio and function problems; 'inter' is interactive"), std::string::npos)
      << o.err;
}

TEST_F(Stress, CrashingGeneratorIsAJudgeError) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MaxPackage();
  Write("max/generators/crash.cpp", "#include <cstdlib>\nint main(){std::abort();}\n");
  const fs::path good = Write("good.cpp", MaxSolution(""));
  Outcome o = Judge({"stress", pkg.string(), good.string(), "--generator", "crash", "--iterations", "5"});
  EXPECT_EQ(o.exit_code, 3) << o.out;
  EXPECT_NE(o.err.find("generator generators/crash.cpp crashed"), std::string::npos) << o.err;
}

TEST_F(Stress, NoReferenceIsAUsageError) {
  Write("noref/problem.toml", "title = \"N\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
  Write("noref/generators/gen.cpp", kGenerator);
  Write("noref/data/secret/1.in", "1\n1\n");
  Write("noref/data/secret/1.ans", "1\n");
  const fs::path good = Write("good.cpp", MaxSolution(""));
  Outcome o = Judge({"stress", (dir_ / "noref").string(), good.string()});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("has no reference solution"), std::string::npos) << o.err;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
