// The built binary on bad input and on the commands around submit.
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;

// A scratch folder per test, under the test's JUDGE_HOME.
class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = e2e::HomeEnvironment::home() / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(dir_);
  }
  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  // A valid minimal package (CONTRACT.md's smallest one) under dir_/name.
  fs::path MinimalPackage(const std::string& name) {
    Write(name + "/problem.toml", "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write(name + "/data/secret/1.in", "1 2\n");
    Write(name + "/data/secret/1.ans", "3\n");
    Write(name + "/data/secret/2.in", "-5 5\n");
    Write(name + "/data/secret/2.ans", "0\n");
    return dir_ / name;
  }
  fs::path dir_;
};

const char* kAplusB = "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n";

// One line on stderr, starting "judge: ", containing `what`; nothing on stdout; exit 2.
void ExpectUsageError(const Outcome& o, const std::string& what) {
  EXPECT_EQ(o.exit_code, 2) << o.err;
  EXPECT_TRUE(o.out.empty()) << o.out;
  EXPECT_EQ(o.err.rfind("judge: ", 0), 0u) << o.err;
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
  EXPECT_NE(o.err.find(what), std::string::npos) << "stderr: " << o.err << "\nwanted: " << what;
  EXPECT_FALSE(fs::exists(e2e::HomeEnvironment::home() / "history.sqlite"));
}

TEST_F(Cli, UnknownProblemIsUsageError) {
  ExpectUsageError(Judge({"submit", "no-such-problem", Write("a.cpp", kAplusB).string()}),
                   "unknown problem 'no-such-problem'");
}

TEST_F(Cli, UnknownProblemSuggestsCloseId) {
  ExpectUsageError(Judge({"submit", "top-k", Write("a.cpp", kAplusB).string()}),
                   "did you mean 'distributed-top-k', 'top-k-frequent' or 'top-k-scores-stream'?");
}

TEST_F(Cli, MissingSolutionIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", (dir_ / "nope.cpp").string()}),
                   "solution file '" + (dir_ / "nope.cpp").string() + "' does not exist");
}

TEST_F(Cli, FolderAsSolutionIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", dir_.string()}), "is not a regular file");
}

TEST_F(Cli, EmptySolutionIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", Write("empty.cpp", "\n\n").string()}), "is empty");
}

TEST_F(Cli, BinarySolutionIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", Write("bin.cpp", std::string("\x7f" "ELF\0\0\1", 7)).string()}),
                   "is a binary file, not C++ source");
}

TEST_F(Cli, OversizedSolutionIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", Write("big.cpp", "//" + std::string(1100000, 'x') + "\n").string()}),
                   "the limit is 1 MiB");
}

TEST_F(Cli, UnknownFlagIsUsageError) {
  ExpectUsageError(Judge({"submit", "top-k-frequent", Write("a.cpp", kAplusB).string(), "--bogus"}), "--bogus");
}

TEST_F(Cli, MalformedTomlNamesFileLineAndColumn) {
  fs::path pkg = MinimalPackage("bad-toml");
  Write("bad-toml/problem.toml", "title = \"x\"\n[limits]\ntime_limit = = 1\n");
  ExpectUsageError(Judge({"submit", pkg.string(), Write("a.cpp", kAplusB).string()}),
                   (pkg / "problem.toml").string() + ":3:14: ");
}

TEST_F(Cli, UnknownTomlKeyNamesItsPlace) {
  fs::path pkg = MinimalPackage("typo");
  Write("typo/problem.toml", "title = \"x\"\n[limits]\ntime_limit = 1.0\nmemroy = 256\n");
  ExpectUsageError(Judge({"submit", pkg.string(), Write("a.cpp", kAplusB).string()}),
                   (pkg / "problem.toml").string() + ":4:1: unknown key 'memroy' in [limits]");
}

TEST_F(Cli, CaseWithoutAnswerIsUsageError) {
  fs::path pkg = MinimalPackage("no-ans");
  Write("no-ans/data/secret/3.in", "1 1\n");
  ExpectUsageError(Judge({"submit", pkg.string(), Write("a.cpp", kAplusB).string()}),
                   (pkg / "data/secret/3.in").string() + ": test case has no answer file 3.ans");
}

TEST_F(Cli, MinimalPackageIsJudgedAndSaved) {
  REQUIRE_SANDBOX();
  fs::path pkg = MinimalPackage("aplusb");
  Outcome o = Judge({"submit", pkg.string(), Write("aplusb.cpp", kAplusB).string(), "--json"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  ASSERT_FALSE(o.out.empty()) << o.err;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_EQ(j["problem"], "aplusb");
  EXPECT_EQ(j["summary"]["total"], 2);
  ASSERT_TRUE(j["attempt"].is_number_integer());
  EXPECT_EQ(j["cases"][0]["name"], "secret/1");
  EXPECT_EQ(j["cases"][0]["exit_code"], 0);
  EXPECT_TRUE(j["cases"][0]["signal"].is_null());

  // The unchanged resubmission is a cache hit.
  Outcome again = Judge({"submit", pkg.string(), (dir_ / "aplusb.cpp").string(), "--json"});
  auto j2 = nlohmann::json::parse(again.out);
  EXPECT_TRUE(j2["compile"]["cached"].get<bool>());
  EXPECT_GT(j2["attempt"].get<int64_t>(), j["attempt"].get<int64_t>());

  Outcome history = Judge({"history", pkg.string(), "--json"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  auto h = nlohmann::json::parse(history.out);
  ASSERT_EQ(h["attempts"].size(), 2u);
  EXPECT_EQ(h["attempts"][0]["id"], j["attempt"]);
  EXPECT_EQ(h["attempts"][0]["verdict"], "AC");
  EXPECT_EQ(h["attempts"][0]["source_sha256"].get<std::string>().size(), 64u);
}

TEST_F(Cli, CompileErrorIsVerdictWithLogNamingTheFile) {
  REQUIRE_SANDBOX();
  fs::path pkg = MinimalPackage("ce");
  Outcome o = Judge({"submit", pkg.string(), Write("mine.cpp", "int main() { return x; }\n").string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["verdict"], "CE");
  EXPECT_FALSE(j["compile"]["ok"].get<bool>());
  const std::string log = j["compile"]["log"];
  EXPECT_NE(log.find("mine.cpp:1:"), std::string::npos) << log;
  EXPECT_EQ(log.find("/tmp"), std::string::npos) << log;
  EXPECT_EQ(log.find("/work"), std::string::npos) << log;
  EXPECT_TRUE(j["cases"].empty());
}

TEST_F(Cli, WrongAnswerOnHiddenCaseShowsMessageNotData) {
  REQUIRE_SANDBOX();
  fs::path pkg = MinimalPackage("wa");
  Outcome o = Judge({"submit", pkg.string(),
                     Write("wa.cpp", "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a>0?a+b:7);}\n").string()});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.out.find("secret/2"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("line 1, column 1: expected '0', got '7'"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("verdict: WA (wrong answer) on secret/2"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("-5 5"), std::string::npos) << "hidden input leaked:\n" << o.out;
}

TEST_F(Cli, TestShowsSampleInputExpectedActualAndDiff) {
  REQUIRE_SANDBOX();
  fs::path pkg = MinimalPackage("samples");
  Write("samples/data/sample/1.in", "2 2\n");
  Write("samples/data/sample/1.ans", "4\n");
  Outcome o = Judge({"test", pkg.string(), Write("off.cpp", "#include <cstdio>\nint main(){std::puts(\"5\");}\n").string()});
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.out.find("sample/1"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("2 2"), std::string::npos) << o.out;   // the input is shown
  EXPECT_NE(o.out.find("! "), std::string::npos) << o.out;    // a differing line is marked
  EXPECT_NE(o.out.find("expected vs actual"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("secret/"), std::string::npos) << o.out;  // samples only
  EXPECT_FALSE(fs::exists(e2e::HomeEnvironment::home() / "history.sqlite") &&
               Judge({"history", pkg.string(), "--json"}).out.find("\"id\"") != std::string::npos);
}

TEST_F(Cli, ListJsonFollowsTheContract) {
  Outcome o = Judge({"list", "--json"});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["schema"], 1);
  ASSERT_GE(j["problems"].size(), 3u);
  for (const auto& p : j["problems"]) {
    EXPECT_TRUE(p["id"].is_string());
    EXPECT_TRUE(p["title"].is_string());
    EXPECT_TRUE(p["tags"].is_array());
    EXPECT_FALSE(p["tags"].empty()) << p["id"];
    EXPECT_TRUE(p["difficulty"] == "easy" || p["difficulty"] == "medium" || p["difficulty"] == "hard");
    EXPECT_TRUE(p["kind"] == "stdio" || p["kind"] == "function" || p["kind"] == "interactive" ||
                p["kind"] == "distributed")
        << p["kind"];
  }
}

// `judge list` shows how each problem may be solved: a program, a function or a class, or both.
TEST_F(Cli, ListShowsTheFormsOfEachProblem) {
  Outcome o = Judge({"list"});
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find(" forms "), std::string::npos) << o.out;
  auto row = [&](const std::string& id) {
    const size_t at = o.out.find("\n" + id + " ");
    return at == std::string::npos ? std::string() : o.out.substr(at + 1, o.out.find('\n', at + 1) - at - 1);
  };
  EXPECT_NE(row("running-median").find(" stdio+class "), std::string::npos) << row("running-median");
  EXPECT_NE(row("roc-auc").find(" stdio+function "), std::string::npos) << row("roc-auc");
  EXPECT_NE(row("k-closest-points").find(" function     class "), std::string::npos) << row("k-closest-points");
  EXPECT_NE(row("ab-test-z-test").find(" stdio        stdio "), std::string::npos) << row("ab-test-z-test");
  Outcome j = Judge({"list", "--json"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  int seen = 0;
  const auto listed = nlohmann::json::parse(j.out);  // a named object: the loop must not outlive it
  for (const auto& p : listed["problems"]) {
    if (p["id"] == "ndcg-at-k") {
      EXPECT_EQ(p["forms"], nlohmann::json({"stdio", "function"}));
      ++seen;
    }
    if (p["id"] == "distributed-top-k") {
      EXPECT_EQ(p["forms"], nlohmann::json::array());
      ++seen;
    }
  }
  EXPECT_EQ(seen, 2) << "both problems are listed";
}

TEST_F(Cli, JudgeProblemsFolderIsSearchedFirst) {
  MinimalPackage("extra/top-k-frequent");
  setenv("JUDGE_PROBLEMS", (dir_ / "extra").c_str(), 1);
  Outcome o = Judge({"show", "top-k-frequent"});
  unsetenv("JUDGE_PROBLEMS");
  EXPECT_EQ(o.exit_code, 2) << o.out;  // our copy has no statement.md: proves it was chosen
  EXPECT_NE(o.err.find((dir_ / "extra/top-k-frequent/statement.md").string()), std::string::npos) << o.err;
}

TEST_F(Cli, ShowPrintsStatement) {
  Outcome o = Judge({"show", "top-k-frequent"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("Top-k frequent items"), std::string::npos);
}

TEST_F(Cli, VersionAndHelp) {
  Outcome v = Judge({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("judge ", 0), 0u) << v.out;
  Outcome h = Judge({"help", "submit"});
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("--time-limit"), std::string::npos) << h.out;
  Outcome sub = Judge({"submit", "--help"});
  EXPECT_EQ(sub.exit_code, 0);
  EXPECT_NE(sub.out.find("--no-save"), std::string::npos);
}

TEST_F(Cli, DoctorJsonListsLayers) {
  Outcome o = Judge({"doctor", "--json"});
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["schema"], 1);
  ASSERT_FALSE(j["layers"].empty());
  EXPECT_EQ(o.exit_code, j["ok"].get<bool>() ? 0 : 3);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
