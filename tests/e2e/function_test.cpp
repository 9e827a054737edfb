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

// A definition whose signature differs from the header's declaration does not link; the log
// then says so and shows both, instead of only the linker's undefined reference.
TEST_F(Function, AWrongSignatureIsExplainedWithTheHeadersDeclaration) {
  REQUIRE_SANDBOX();
  const fs::path narrow = Write("mine.cpp", "#include \"solution.h\"\nint Add(int a, int b) { return a + b; }\n");
  Outcome o = Submit(narrow);
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "CE");
  const std::string log = j["compile"]["log"];
  EXPECT_NE(log.find("undefined reference"), std::string::npos) << log;  // the raw message stays
  EXPECT_NE(log.find("judge: your file does not define Add the way harness/solution.h declares it"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find("harness/solution.h:2: long long Add(long long a, long long b);"), std::string::npos) << log;
  EXPECT_NE(log.find("mine.cpp:2: int Add(int a, int b)"), std::string::npos) << log;
}

// `judge start` writes the function to fill in: it compiles as it is (a wrong answer, not a
// compile error), and a second start never overwrites it.
TEST_F(Function, StartWritesAStubThatCompilesAndNeverOverwrites) {
  REQUIRE_SANDBOX();
  const fs::path file = dir_ / "start.cpp";
  Outcome start = Judge({"start", dir_.string(), file.string()});
  ASSERT_EQ(start.exit_code, 0) << start.err << start.out;
  EXPECT_NE(start.out.find("wrote " + file.string() + ": the function Add to fill in (declared in harness/solution.h)"),
            std::string::npos)
      << start.out;
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("#include \"solution.h\""), std::string::npos) << text;
  EXPECT_NE(text.find("long long Add(long long a, long long b) {"), std::string::npos) << text;
  EXPECT_NE(text.find("Limits: CPU 1000 ms"), std::string::npos) << text;
  Outcome o = Submit(file);
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  EXPECT_EQ(Json(o)["verdict"], "WA");

  Outcome again = Judge({"start", dir_.string(), file.string()});
  EXPECT_EQ(again.exit_code, 2) << again.err;
  EXPECT_NE(again.err.find("already exists; judge start never overwrites a file"), std::string::npos) << again.err;
  std::ifstream still(file);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(still)), std::istreambuf_iterator<char>()), text);
}

// A stdio problem that also offers the function form (a [function] table beside kind =
// "stdio"): a file that defines main is judged as a program, any other with the harness; the
// report and its JSON name the form.
class Forms : public Function {
 protected:
  void SetUp() override {
    Function::SetUp();
    Write("problem.toml", "title = \"Add two numbers\"\n"
                          "[function]\nheader = \"harness/solution.h\"\nharness = \"harness/main.cpp\"\n"
                          "[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write("statement.md", "# Add\n\nAdd two numbers.\n");
  }
  const std::string kProgram = "#include <cstdio>\n// not the function form: long long Add(long long a, long long b);\n"
                               "int main() { long long a, b; std::scanf(\"%lld %lld\", &a, &b); "
                               "std::printf(\"%lld\\n\", a + b); }\n";
  const std::string kFunction = "#include \"solution.h\"\n// int main() { return 0; } is left to the harness\n"
                                "long long Add(long long a, long long b) { return a + b; }\n";
};

TEST_F(Forms, TheSameProblemIsAcceptedAsAProgramAndAsAFunction) {
  REQUIRE_SANDBOX();
  Outcome o = Submit(Write("program.cpp", kProgram));
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_EQ(j["form"], "stdio");

  o = Submit(Write("function.cpp", kFunction));
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  j = Json(o);
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_EQ(j["form"], "function");

  Outcome text = Judge({"submit", dir_.string(), (dir_ / "function.cpp").string(), "--no-save"});
  EXPECT_EQ(text.exit_code, 0) << text.err << text.out;
  EXPECT_NE(text.out.find("form: function (your file has no main"), std::string::npos) << text.out;
  text = Judge({"test", dir_.string(), (dir_ / "program.cpp").string()});
  EXPECT_EQ(text.exit_code, 0) << text.err << text.out;
  EXPECT_NE(text.out.find("form: stdio (your file defines main; this problem offers stdio+function)"),
            std::string::npos)
      << text.out;
}

TEST_F(Forms, AWrongSignatureIsExplainedWithTheHeadersDeclaration) {
  REQUIRE_SANDBOX();
  Outcome o = Submit(Write("mine.cpp", "#include \"solution.h\"\nint Add(int a, int b) { return a + b; }\n"));
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = Json(o);
  EXPECT_EQ(j["verdict"], "CE");
  EXPECT_EQ(j["form"], "function");
  const std::string log = j["compile"]["log"];
  EXPECT_NE(log.find("judge: your file does not define Add the way harness/solution.h declares it"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find("mine.cpp:2: int Add(int a, int b)"), std::string::npos) << log;
}

TEST_F(Forms, VerifyJudgesEachSubmissionInItsForm) {
  REQUIRE_SANDBOX();
  Write("submissions/accepted/program.cpp", kProgram);
  Write("submissions/accepted/function.cpp", kFunction);
  Write("submissions/wrong_answer/narrow.cpp",
        "#include \"solution.h\"\nlong long Add(long long a, long long b) { return int(a + b); }\n");
  Write("submissions/wrong_answer/narrow_program.cpp",
        "#include <cstdio>\nint main() { int a, b; std::scanf(\"%d %d\", &a, &b); std::printf(\"%d\\n\", a + b); }\n");
  Outcome o = Judge({"verify", dir_.string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_EQ(Json(o)["ok"], true) << o.out;
}

TEST_F(Forms, ShowAndStartOfferTheFunctionFormFirst) {
  Outcome show = Judge({"show", dir_.string()});
  EXPECT_EQ(show.exit_code, 0) << show.err;
  EXPECT_NE(show.out.find("## Signature (harness/solution.h)"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("Forms: stdio+function. A file that defines main is judged as stdio"), std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("long long Add(long long a, long long b);"), std::string::npos) << show.out;

  const fs::path function = dir_ / "start.cpp";
  Outcome start = Judge({"start", dir_.string(), function.string()});
  ASSERT_EQ(start.exit_code, 0) << start.err << start.out;
  EXPECT_NE(start.out.find("the function Add to fill in"), std::string::npos) << start.out;
  EXPECT_NE(start.out.find("(the stdio form: --form stdio)"), std::string::npos) << start.out;
  std::ifstream in(function);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("long long Add(long long a, long long b) {"), std::string::npos) << text;
  EXPECT_EQ(text.find("int main"), std::string::npos) << text;

  const fs::path program = dir_ / "program_start.cpp";
  start = Judge({"start", dir_.string(), program.string(), "--form", "stdio"});
  ASSERT_EQ(start.exit_code, 0) << start.err << start.out;
  std::ifstream in2(program);
  const std::string text2((std::istreambuf_iterator<char>(in2)), std::istreambuf_iterator<char>());
  EXPECT_NE(text2.find("int main()"), std::string::npos) << text2;

  Outcome bad = Judge({"start", dir_.string(), (dir_ / "x.cpp").string(), "--form", "lambda"});
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("--form must be stdio, function or class, not 'lambda'"), std::string::npos) << bad.err;
  // A function problem has no class form: asking for one is a usage error, not a function starter.
  Outcome wrong_form = Judge({"start", dir_.string(), (dir_ / "y.cpp").string(), "--form", "class"});
  EXPECT_EQ(wrong_form.exit_code, 2) << wrong_form.err << wrong_form.out;
  EXPECT_NE(wrong_form.err.find("does not offer the class form (its forms: stdio+function)"), std::string::npos)
      << wrong_form.err;
  EXPECT_FALSE(fs::exists(dir_ / "y.cpp"));
}

// Every bundled function problem's header includes what its declarations and their sizes use:
// a candidate file that includes only the header compiles, and may use size_t.
TEST(FunctionLibrary, EveryHeaderCompilesOnItsOwnAndDeclaresSizeT) {
  int headers = 0;
  for (const auto& entry : fs::directory_iterator(e2e::SourceDir() / "problems")) {
    std::ifstream toml(entry.path() / "problem.toml");
    const std::string text((std::istreambuf_iterator<char>(toml)), std::istreambuf_iterator<char>());
    if (text.find("[function]") == std::string::npos) continue;  // kind = "function" or the form beside stdio
    for (const auto& file : fs::recursive_directory_iterator(entry.path())) {
      if (file.path().extension() != ".h") continue;
      ++headers;
      const fs::path candidate = e2e::HomeEnvironment::home() / "only_the_header.cpp";
      std::ofstream(candidate) << "#include \"" << file.path().string() << "\"\nstatic size_t n = 0;\n"
                               << "size_t Size() { return n; }\n";
      judge::TrustedOptions options;
      options.timeout = std::chrono::seconds(60);
      auto run = judge::RunTrusted("/usr/bin/g++", {"-std=gnu++20", "-fsyntax-only", candidate.string()}, options);
      ASSERT_TRUE(run) << run.error().message;
      EXPECT_EQ(run->exit_code, 0) << file.path() << ":\n" << run->errors;
    }
  }
  EXPECT_GE(headers, 1);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
