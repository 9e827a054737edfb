// starter.h: what `judge start` writes for each kind of problem (the e2e tests compile them).
#include "judge/packages/starter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace judge {
namespace {

namespace fs = std::filesystem;

class StarterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-starter-XXXXXX";
    dir_ = mkdtemp(templ);
    problem_.id = "p";
    problem_.title = "P";
    problem_.dir = dir_;
    problem_.limits.time_limit = std::chrono::milliseconds(1500);
    problem_.limits.wall_time_limit = std::chrono::milliseconds(4000);
    problem_.limits.memory_bytes = 64ull << 20;
    std::ofstream(dir_ / "statement.md") << "# P\n\nIntro.\n\n## Input\n\nA line with n and x.\\\n\n"
                                            "## Output\n\nOne number.\n\n## Examples\n\nnone\n";
    std::ofstream(dir_ / "1.in") << "3 2.5 abc\nmore\n";
    TestCase sample;
    sample.name = "sample/1";
    sample.sample = true;
    sample.input = dir_ / "1.in";
    problem_.cases.push_back(sample);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  Problem problem_;
};

TEST_F(StarterTest, StdioReadsTheFirstLineWithTheSampleTypesAndQuotesTheFormat) {
  auto s = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_NE(s->text.find("// p: P (medium, stdio)\n// Limits: CPU 1500 ms, wall 4000 ms, memory 64 MiB per case"),
            std::string::npos)
      << s->text;
  EXPECT_NE(s->text.find("// Input (from the statement):\n//   A line with n and x.\n"), std::string::npos)
      << s->text;  // the trailing backslash is gone: it would continue the comment into the code
  EXPECT_NE(s->text.find("// Output (from the statement):\n//   One number.\n"), std::string::npos) << s->text;
  EXPECT_EQ(s->text.find("Examples"), std::string::npos) << s->text;
  EXPECT_NE(s->text.find("  long long first;\n  double second;\n  std::string third;\n"
                         "  std::cin >> first >> second >> third;\n"),
            std::string::npos)
      << s->text;
  EXPECT_EQ(s->summary, "a stdio skeleton that reads the input's first line");
}

TEST_F(StarterTest, InteractiveFlushesAndDistributedUsesTheMessageLibrary) {
  problem_.kind = ProblemKind::kInteractive;
  auto interactive = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(interactive);
  EXPECT_NE(interactive->text.find("std::endl;  // endl flushes"), std::string::npos) << interactive->text;
  problem_.kind = ProblemKind::kDistributed;
  auto distributed = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(distributed);
  EXPECT_NE(distributed->text.find("#include \"message.h\""), std::string::npos) << distributed->text;
  EXPECT_NE(distributed->text.find("per node per case"), std::string::npos) << distributed->text;
}

TEST_F(StarterTest, FunctionProblemsGetEveryDeclaredFunction) {
  problem_.kind = ProblemKind::kFunction;
  fs::create_directories(dir_ / "harness");
  std::ofstream(dir_ / "harness" / "median.h")
      << "#pragma once\nclass Median {\n public:\n  void Add(int x);\n  double Get() const;\n};\n";
  problem_.function = FunctionSpec{dir_ / "harness" / "median.h", dir_ / "harness" / "main.cpp"};
  auto s = MakeStarter(problem_, "p.cpp");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_NE(s->text.find("#include \"median.h\"\n"), std::string::npos) << s->text;
  EXPECT_NE(s->text.find("void Median::Add(int x) {\n  // TODO\n}\n"), std::string::npos) << s->text;
  EXPECT_NE(s->text.find("double Median::Get() const {\n  // TODO\n  return {};\n}\n"), std::string::npos) << s->text;
  EXPECT_EQ(s->summary, "2 functions to fill in: Median::Add, Median::Get (declared in harness/median.h)");
}

}  // namespace
}  // namespace judge
