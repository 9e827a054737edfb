// function.h's forms: whether a candidate's file defines main (so a stdio problem that also
// offers the function or class form judges it as a program), the forms a problem offers, and
// the form a file is judged in.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "judge/packages/starter.h"
#include "judge/run/function.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

TEST(DefinesMain, PlainDefinitions) {
  EXPECT_TRUE(DefinesMain("int main() { return 0; }\n"));
  EXPECT_TRUE(DefinesMain("#include <bits/stdc++.h>\nusing namespace std;\nint main ()\n{\n}\n"));
  EXPECT_TRUE(DefinesMain("signed main(){}"));
  EXPECT_TRUE(DefinesMain("auto main() -> int { return 0; }"));
  EXPECT_TRUE(DefinesMain("int main(int argc, char** argv) { (void)argc; (void)argv; }"));
  EXPECT_TRUE(DefinesMain("int\nmain\n(\n)\n{\n}"));
  EXPECT_TRUE(DefinesMain("[[maybe_unused]] static int x = 1;\nint main() try { } catch (...) { }"));
  EXPECT_TRUE(DefinesMain("extern \"C\" { int helper(); }\nint main() { return helper(); }"));
  EXPECT_TRUE(DefinesMain("#define int long long\nsigned main() { int x = 1'000'000; }"));
  EXPECT_TRUE(DefinesMain("struct S { void main(); };\nint main() { S s; s.main(); }"));
}

TEST(DefinesMain, MainInCommentsStringsAndCharactersDoesNotCount) {
  EXPECT_FALSE(DefinesMain("// int main() { }\nint Solve(int x) { return x; }\n"));
  EXPECT_FALSE(DefinesMain("/* int main() {\n} */\nint Solve(int x) { return x; }\n"));
  EXPECT_FALSE(DefinesMain("const char* s = \"int main() { }\";\n"));
  EXPECT_FALSE(DefinesMain("const char* s = \"\\\" int main() { }\";\n"));  // an escaped quote inside
  EXPECT_FALSE(DefinesMain("const char* s = R\"x(int main() { } )\" )x\";\n"));
  EXPECT_FALSE(DefinesMain("char c = '\"'; const char* s = \"int main() {}\";\n"));
  EXPECT_FALSE(DefinesMain("#if 0\n#define X int main() {}\n#endif\nint F();\n"));
  EXPECT_FALSE(DefinesMain("// a comment that continues \\\nint main() {}\n"));
}

TEST(DefinesMain, MembersCallsAndLookalikesDoNotCount) {
  EXPECT_FALSE(DefinesMain("class Loop { public: void main() {} int main_loop(); };\n"));
  EXPECT_FALSE(DefinesMain("struct S { static int main(); };\nint S::main() { return 1; }\n"));
  EXPECT_FALSE(DefinesMain("int main_loop() { return 0; }\nint domain(int) { return 1; }\n"));
  EXPECT_FALSE(DefinesMain("int F() { return main(); }\n"));
  EXPECT_FALSE(DefinesMain("int main();\nint F() { return 1; }\n"));  // a declaration only
  EXPECT_FALSE(DefinesMain("namespace app { int main() { return 0; } }\n"));
  EXPECT_FALSE(DefinesMain("auto x = obj.main(); auto y = p->main();\n"));
  EXPECT_FALSE(DefinesMain("int mainly = 3;\n"));
  EXPECT_FALSE(DefinesMain(""));
}

class ProblemFormsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-forms-XXXXXX";
    dir_ = mkdtemp(templ);
    fs::create_directories(dir_ / "harness");
    std::ofstream(dir_ / "harness" / "main.cpp") << "int main() {}\n";
    problem_.id = "p";
    problem_.dir = dir_;
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Header(const std::string& text) {
    std::ofstream(dir_ / "harness" / "solution.h") << text;
    problem_.function = FunctionSpec{dir_ / "harness" / "solution.h", dir_ / "harness" / "main.cpp"};
  }
  fs::path dir_;
  Problem problem_;
};

TEST_F(ProblemFormsTest, StdioAloneOrBesideAFunctionOrAClass) {
  problem_.kind = ProblemKind::kStdio;
  EXPECT_EQ(FormsName(ProblemForms(problem_)), "stdio");
  Header("#include <vector>\nstruct Stats { int n; double mean; };\nStats Summarize(const std::vector<int>& v);\n");
  EXPECT_EQ(FormsName(ProblemForms(problem_)), "stdio+function");
  EXPECT_EQ(SubmissionForm(problem_, "int main() {}"), Form::kStdio);
  EXPECT_EQ(SubmissionForm(problem_, "Stats Summarize(const std::vector<int>& v) { return {}; }"), Form::kFunction);
  Header("#include <memory>\nclass Median {\n public:\n  virtual ~Median() = default;\n  virtual void Add(int v) = 0;\n"
         "};\nstd::unique_ptr<Median> MakeMedian();\n");
  EXPECT_EQ(FormsName(ProblemForms(problem_)), "stdio+class");
  EXPECT_EQ(SubmissionForm(problem_, "// int main() {}\n#include \"solution.h\"\n"), Form::kClass);
  Header("class Counter {\n public:\n  void Hit(long t);\n  long Count(long t);\n private:\n  long n_ = 0;\n};\n");
  EXPECT_EQ(FormsName(ProblemForms(problem_)), "stdio+class");
}

TEST_F(ProblemFormsTest, FunctionKindIsJudgedInItsFormEvenWithAMain) {
  problem_.kind = ProblemKind::kFunction;
  Header("int Solve(int x);\n");
  EXPECT_EQ(FormsName(ProblemForms(problem_)), "function");
  EXPECT_EQ(SubmissionForm(problem_, "int Solve(int x) { return x; }\nint main() {}\n"), Form::kFunction);
  problem_.kind = ProblemKind::kInteractive;
  EXPECT_TRUE(ProblemForms(problem_).empty());
}

TEST_F(ProblemFormsTest, WithHarnessAddsTheCompanionsOnlyToTheFunctionForm) {
  problem_.kind = ProblemKind::kStdio;
  Header("int Solve(int x);\n");
  auto program = WithHarness(problem_, SourceFile{"int main() { return 0; }\n", "a.cpp"});
  ASSERT_TRUE(program) << program.error().message;
  EXPECT_TRUE(program->companions.empty()) << "a file that defines main is the stdio form";
  program = WithHarness(problem_, SourceFile{"int Solve(int x) { return x; }\n", "a.cpp"});
  ASSERT_TRUE(program) << program.error().message;
  ASSERT_EQ(program->companions.size(), 2u);
  EXPECT_EQ(program->companions[0].path, "harness/solution.h");
  EXPECT_EQ(program->companions[1].path, "harness/main.cpp");
}

TEST_F(ProblemFormsTest, StarterDefaultsToTheFunctionFormAndWritesStdioOnRequest) {
  problem_.kind = ProblemKind::kStdio;
  problem_.title = "P";
  std::ofstream(dir_ / "statement.md") << "# P\n\n## Input\n\nn.\n\n## Output\n\nn.\n";
  Header("int Solve(int x);\n");
  auto s = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_NE(s->text.find("int Solve(int x)"), std::string::npos) << s->text;
  EXPECT_FALSE(DefinesMain(s->text)) << s->text;
  s = MakeStarter(problem_, "p.cpp", /*stdio_form=*/true);
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_TRUE(DefinesMain(s->text)) << s->text;
}

// A class form's interface gets a derived class with every method to fill in, and the factory
// returns it: the starter runs (and answers wrongly) instead of crashing on a null pointer.
TEST_F(ProblemFormsTest, StarterDerivesAClassFromTheInterfaceAndTheFactoryReturnsIt) {
  problem_.kind = ProblemKind::kStdio;
  problem_.title = "P";
  std::ofstream(dir_ / "statement.md") << "# P\n";
  Header("#pragma once\n#include <memory>\n// The median.\nclass Median {\n public:\n  virtual ~Median() = default;\n"
         "  // Adds one.\n  virtual void Add(int value) = 0;\n  virtual double Get() const = 0;\n};\n"
         "std::unique_ptr<Median> MakeMedian(int k);\n");
  auto s = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_NE(s->text.find("class MyMedian final : public Median {\n public:\n"
                         "  void Add(int value) override {\n    // TODO\n  }\n"
                         "  double Get() const override {\n    // TODO\n    return {};\n  }\n"),
            std::string::npos)
      << s->text;
  EXPECT_NE(s->text.find("std::unique_ptr<Median> MakeMedian(int k) {\n  // TODO\n  return std::make_unique<MyMedian>();"),
            std::string::npos)
      << s->text;
  EXPECT_EQ(s->summary, "the class MyMedian to fill in and MakeMedian to return it (declared in harness/solution.h)");
}

}  // namespace
}  // namespace judge
