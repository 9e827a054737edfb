// Function-signature problems (kind = "function") through the built binary: the candidate's
// file is compiled with the package's harness and header; compile errors name the candidate's
// file and line; the harness is part of the binary cache key; judge show prints the header.
#include <nlohmann/json.hpp>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

class Function : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = e2e::HomeEnvironment::home() / "pkgs" / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(dir_);
    Write("problem.toml", "title = \"Add two numbers\"\nkind = \"function\"\n"
                          "[function]\nheader = \"harness/solution.h\"\nharness = \"harness/main.cpp\"\n"
                          "[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write("harness/solution.h", "#pragma once\nlong long Add(long long a, long long b);\n");
    Write("harness/main.cpp", "#include <cstdio>\n#include \"solution.h\"\n"
                              "int main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",Add(a,b));}\n");
    Write("data/sample/1.in", "1 2\n");
    Write("data/sample/1.ans", "3\n");
    Write("data/secret/big.in", "4000000000 5\n");
    Write("data/secret/big.ans", "4000000005\n");
  }
  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  Outcome Submit(const fs::path& solution) {
    return Judge({"submit", dir_.string(), solution.string(), "--json", "--no-save"});
  }
  json Json(const Outcome& o) {
    EXPECT_FALSE(o.out.empty()) << o.err;
    return o.out.empty() ? json() : json::parse(o.out);
  }
  fs::path dir_;
};

TEST_F(Function, CandidateWritesOnlyTheFunction) {
  REQUIRE_SANDBOX();
  const fs::path ok = Write("mine.cpp", "#include \"solution.h\"\nlong long Add(long long a, long long b) { return a + b; }\n");
  Outcome o = Submit(ok);
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_EQ(Json(o)["verdict"], "AC");

  const fs::path wrong = Write("narrow.cpp", "#include \"solution.h\"\nlong long Add(long long a, long long b) { return int(a) + int(b); }\n");
  o = Submit(wrong);
  EXPECT_EQ(o.exit_code, 1) << o.err;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["cases"][1]["name"], "secret/big");

  Outcome t = Judge({"test", dir_.string(), ok.string()});
  EXPECT_EQ(t.exit_code, 0) << t.err << t.out;
}

TEST_F(Function, CompileErrorNamesTheCandidatesFileAndLine) {
  REQUIRE_SANDBOX();
  const fs::path bad = Write("mine.cpp", "#include \"solution.h\"\n\nlong long Add(long long a, long long b) {\n  return a + b\n}\n");
  Outcome o = Submit(bad);
  EXPECT_EQ(o.exit_code, 1) << o.err;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "CE");
  const std::string log = j["compile"]["log"];
  EXPECT_NE(log.find("mine.cpp:4:15: error: expected ';'"), std::string::npos) << log;
  EXPECT_EQ(log.find("/work/"), std::string::npos) << log;
}

TEST_F(Function, HarnessIsPartOfTheCacheKey) {
  REQUIRE_SANDBOX();
  const fs::path ok = Write("mine.cpp", "#include \"solution.h\"\nlong long Add(long long a, long long b) { return a + b; }\n");
  Outcome o = Submit(ok);
  EXPECT_EQ(Json(o)["verdict"], "AC") << o.err;
  // Same candidate file, new harness: the binary must be rebuilt (it now prints twice the sum).
  // The comment makes this harness new to the (shared, persistent) cache on every run.
  Write("harness/main.cpp", "// run " + e2e::HomeEnvironment::home().string() +
                                "\n#include <cstdio>\n#include \"solution.h\"\n"
                                "int main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",2*Add(a,b));}\n");
  o = Submit(ok);
  json j = Json(o);
  EXPECT_EQ(j["compile"]["cached"], false);
  EXPECT_EQ(j["verdict"], "WA");
}

TEST_F(Function, ShowPrintsTheSignatureAfterTheStatement) {
  Write("statement.md", "# Add\n\nAdd two numbers.\n");
  Outcome o = Judge({"show", dir_.string()});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  const size_t statement = o.out.find("Add two numbers.");
  const size_t signature = o.out.find("## Signature (harness/solution.h)\n\n```cpp\n#pragma once\nlong long Add(long long a, long long b);\n```\n");
  ASSERT_NE(statement, std::string::npos) << o.out;
  ASSERT_NE(signature, std::string::npos) << o.out;
  EXPECT_LT(statement, signature);
}

TEST_F(Function, VerifyAndCompareWork) {
  REQUIRE_SANDBOX();
  Write("statement.md", "# Add\n");
  Write("submissions/accepted/sum.cpp", "#include \"solution.h\"\nlong long Add(long long a, long long b) { return a + b; }\n");
  Write("submissions/wrong_answer/narrow.cpp", "#include \"solution.h\"\nlong long Add(long long a, long long b) { return int(a + b); }\n");
  Outcome o = Judge({"verify", dir_.string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_EQ(Json(o)["ok"], true);
  Outcome c = Judge({"compare", dir_.string(), (dir_ / "submissions/accepted/sum.cpp").string(), "ref", "--json",
                     "--budget", "2"});
  EXPECT_EQ(c.exit_code, 0) << c.err << c.out;
  EXPECT_EQ(Json(c)["problem"], "VerifyAndCompareWork");
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
