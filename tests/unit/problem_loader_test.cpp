#include "judge/packages/problem_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace judge {
namespace {

namespace fs = std::filesystem;

class Loader : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-loader-XXXXXX";
    dir_ = mkdtemp(templ);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << text;
  }
  void Minimal(const std::string& toml = "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n") {
    Write("problem.toml", toml);
    Write("data/secret/1.in", "1 2\n");
    Write("data/secret/1.ans", "3\n");
  }
  std::string ErrorOf(const Result<Problem>& r) { return r ? std::string("(loaded)") : r.error().message; }
  fs::path dir_;
};

TEST_F(Loader, MinimalPackageGetsDefaults) {
  Minimal();
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->title, "A plus B");
  EXPECT_EQ(p->limits.time_limit.count(), 1000);
  EXPECT_EQ(p->limits.wall_time_limit.count(), 3000);  // 2 x CPU + 1 s
  EXPECT_EQ(p->limits.memory_bytes, 256ull << 20);
  EXPECT_EQ(p->limits.output_bytes, 64ull << 20);
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kTokens);
  EXPECT_EQ(p->kind, ProblemKind::kStdio);
  ASSERT_EQ(p->cases.size(), 1u);
  EXPECT_EQ(p->cases[0].name, "secret/1");
  EXPECT_FALSE(p->cases[0].sample);
}

TEST_F(Loader, SamplesComeFirstAndGroupsNestInPathOrder) {
  Minimal();
  Write("data/sample/1.in", "");
  Write("data/sample/1.ans", "");
  Write("data/secret/a/2.in", "");
  Write("data/secret/a/2.ans", "");
  Write("data/secret/0.in", "");
  Write("data/secret/0.ans", "");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  std::vector<std::string> names;
  for (const auto& c : p->cases) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"sample/1", "secret/0", "secret/1", "secret/a/2"}));
  EXPECT_TRUE(p->cases[0].sample);
}

TEST_F(Loader, FloatCheckerGetsDefaultTolerance) {
  Minimal("title = \"x\"\n[limits]\ntime_limit = 2\nmemory = 64\n[checker]\ntype = \"float\"\n");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->checker.type, CheckerSpec::Type::kFloat);
  EXPECT_DOUBLE_EQ(*p->checker.tokens.float_absolute, 1e-6);
  EXPECT_DOUBLE_EQ(*p->checker.tokens.float_relative, 1e-6);
}

TEST_F(Loader, ParseErrorHasLineAndColumn) {
  Minimal("title = \"x\"\n[limits]\ntime_limit = = 1\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)).rfind((dir_ / "problem.toml").string() + ":3:14: ", 0), 0u)
      << ErrorOf(LoadProblem(dir_));
}

TEST_F(Loader, ErrorsAreExact) {
  const std::string file = (dir_ / "problem.toml").string();
  struct Case {
    std::string toml;
    std::string message;
  };
  const Case cases[] = {
      {"[limits]\ntime_limit = 1\nmemory = 1\n", file + ": missing 'title'"},
      {"title = \"x\"\n", file + ": missing [limits] table (time_limit, memory)"},
      {"title = \"x\"\n[limits]\nmemory = 1\n", file + ":2:1: [limits] needs 'time_limit' (seconds of CPU per case)"},
      {"title = \"x\"\n[limits]\ntime_limit = -1\nmemory = 1\n", file + ":3:14: 'time_limit' must be a positive number"},
      {"title = \"x\"\n[limits]\ntime_limit = 1\nmemory = \"big\"\n", file + ":4:10: 'memory' must be a positive number"},
      {"title = \"x\"\ndifficulty = \"insane\"\n[limits]\ntime_limit = 1\nmemory = 1\n",
       file + ":2:14: difficulty must be easy, medium or hard, not 'insane'"},
      {"title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n[checker]\ntype = \"fuzzy\"\n",
       file + ":6:8: unknown checker type 'fuzzy' (known: tokens, float, exact, unordered, custom)"},
      {"title = \"x\"\ncolour = 1\n[limits]\ntime_limit = 1\nmemory = 1\n",
       file + ":2:1: unknown key 'colour' in problem.toml (known: title, difficulty, tags, kind, function, interactor, distributed, limits, checker, validator, generated, reference)"},
      {"title = \"x\"\n[limits]\ntime_limit = 2\nmemory = 1\nwall_time_limit = 1\n",
       file + ":5:19: 'wall_time_limit' must be at least 'time_limit'"},
      // The reference is read and its compiler log printed: it must stay inside the package.
      {"title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n[reference]\nsolution = \"/etc/passwd\"\n",
       file + ":6:12: 'solution' must be a path inside the package"},
      {"title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n[reference]\nsolution = \"../../etc/passwd\"\n",
       file + ":6:12: 'solution' must be a path inside the package"},
      {"title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n[reference]\nsolution = \"data\"\n",
       file + ":6:12: reference solution 'data' is not a file"},
  };
  for (const auto& c : cases) {
    Minimal(c.toml);
    EXPECT_EQ(ErrorOf(LoadProblem(dir_)), c.message) << c.toml;
  }
}

TEST_F(Loader, MissingAnswerIsNamed) {
  Minimal();
  Write("data/secret/2.in", "");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), (dir_ / "data/secret/2.in").string() + ": test case has no answer file 2.ans");
}

TEST_F(Loader, NoCasesIsAnError) {
  Write("problem.toml", "title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)),
            dir_.string() + ": no test cases (data/secret/*.in with .ans, or [[generated]])");
}

TEST_F(Loader, GeneratedCasesFollowCommittedOnesAndNeedTheirGenerator) {
  Minimal("title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n"
          "[[generated]]\nname = \"9-big\"\ngenerator = \"gen\"\nargs = [\"--n\", \"5\"]\n");
  Write("submissions/accepted/ref.cpp", "int main(){}\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), (dir_ / "problem.toml").string() +
                                            ":7:13: generator 'generators/gen.cpp' does not exist");
  Write("generators/gen.cpp", "int main(){}\n");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->cases.size(), 2u);
  EXPECT_EQ(p->cases[1].name, "secret/9-big");
  ASSERT_TRUE(p->cases[1].generated);
  EXPECT_EQ(p->cases[1].generated->args, (std::vector<std::string>{"--n", "5"}));
  EXPECT_EQ(p->reference, dir_ / "submissions/accepted/ref.cpp");
}

TEST_F(Loader, ResolveRejectsNonPackages) {
  auto r = ResolveProblem(dir_.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "'" + dir_.string() + "' is not a problem package (no problem.toml or problem.yaml)");
}

TEST_F(Loader, FunctionKindNeedsHeaderAndHarness) {
  const std::string base = "title = \"x\"\nkind = \"function\"\n[limits]\ntime_limit = 1\nmemory = 1\n";
  const std::string file = (dir_ / "problem.toml").string();
  Minimal(base);
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ": kind = \"function\" needs a [function] table (header, harness)");
  Minimal(base + "[function]\nheader = \"harness/solution.h\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":6:1: [function] needs 'harness' (e.g. \"harness/main.cpp\")");
  Minimal(base + "[function]\nheader = \"harness/solution.h\"\nharness = \"harness/main.cpp\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":7:10: 'header': harness/solution.h does not exist");
  Write("harness/solution.h", "int F(int);\n");
  Write("harness/main.cpp", "int main(){}\n");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kFunction);
  ASSERT_TRUE(p->function);
  EXPECT_EQ(p->function->header, dir_ / "harness/solution.h");
  EXPECT_EQ(p->function->harness, dir_ / "harness/main.cpp");
  Minimal(base + "[function]\nheader = \"harness/solution.h\"\nharness = \"harness/main.cpp\"\nmain = 1\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":9:1: unknown key 'main' in [function] (known: header, harness)");
  Minimal("title = \"x\"\nkind = \"interactive\"\n[limits]\ntime_limit = 1\nmemory = 1\n[function]\nheader = \"h\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":6:1: [function] needs kind = \"function\" or \"stdio\"");
}

// A stdio problem may offer the function or class form beside stdio: a [function] table.
TEST_F(Loader, StdioKindMayOfferAFunctionForm) {
  const std::string base = "title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n";
  const std::string file = (dir_ / "problem.toml").string();
  Write("harness/solution.h", "int F(int);\n");
  Write("harness/main.cpp", "int main(){}\n");
  Minimal(base + "[function]\nheader = \"harness/solution.h\"\nharness = \"harness/main.cpp\"\n");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kStdio);
  ASSERT_TRUE(p->function);
  EXPECT_EQ(p->function->header, dir_ / "harness/solution.h");
  Minimal(base + "[function]\nheader = \"harness/solution.h\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":5:1: [function] needs 'harness' (e.g. \"harness/main.cpp\")");
}

TEST_F(Loader, InteractiveKindNeedsAnInteractor) {
  const std::string base = "title = \"x\"\nkind = \"interactive\"\n[limits]\ntime_limit = 1\nmemory = 1\n";
  const std::string file = (dir_ / "problem.toml").string();
  Minimal(base);
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ": kind = \"interactive\" needs an [interactor] table (program)");
  Write("interactor/interactor.cpp", "int main(){return 42;}\n");
  Minimal(base + "[interactor]\nprogram = \"interactor/interactor.cpp\"\ntimeout = 7\n");
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kInteractive);
  ASSERT_TRUE(p->interactor);
  EXPECT_EQ(p->interactor->program, dir_ / "interactor/interactor.cpp");
  EXPECT_EQ(p->interactor->timeout.count(), 7000);
}

TEST_F(Loader, DistributedTableWithDefaultsAndErrors) {
  const std::string base = "title = \"x\"\nkind = \"distributed\"\n[limits]\ntime_limit = 1\nmemory = 1\n";
  const std::string file = (dir_ / "problem.toml").string();
  Minimal(base);
  auto p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->kind, ProblemKind::kDistributed);
  ASSERT_TRUE(p->distributed);
  EXPECT_EQ(p->distributed->nodes, 4);
  EXPECT_FALSE(p->limits.cap_address_space);  // native packages: memory is the cgroup's charge only
  EXPECT_FALSE(p->limits.truncate_output);     // native packages: output past the limit is OLE at once
  EXPECT_EQ(p->distributed->split, DistributedSpec::Split::kContiguous);
  EXPECT_EQ(p->distributed->output, DistributedSpec::Output::kNode0);
  EXPECT_EQ(p->distributed->max_messages, 1000u);
  EXPECT_EQ(p->distributed->max_send_bytes, 16ull << 20);
  EXPECT_EQ(p->distributed->max_receive_bytes, UINT64_MAX);  // no receive limit unless the package sets one

  Minimal(base + "[distributed]\nnodes = 8\nsplit = \"round-robin\"\nheader_lines = 2\noutput = \"concat\"\n"
                 "max_messages = 50\nmax_send_mib = 0.5\nmax_receive_mib = 3\n");
  p = LoadProblem(dir_);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->distributed->nodes, 8);
  EXPECT_EQ(p->distributed->split, DistributedSpec::Split::kRoundRobin);
  EXPECT_EQ(p->distributed->header_lines, 2);
  EXPECT_EQ(p->distributed->output, DistributedSpec::Output::kConcat);
  EXPECT_EQ(p->distributed->max_messages, 50u);
  EXPECT_EQ(p->distributed->max_send_bytes, 512u * 1024);
  EXPECT_EQ(p->distributed->max_receive_bytes, 3u << 20);
  Minimal(base + "[distributed]\nmax_receive_mib = 0\n");
  EXPECT_NE(ErrorOf(LoadProblem(dir_)).find(file + ":7:19: "), std::string::npos) << ErrorOf(LoadProblem(dir_));

  Minimal(base + "[distributed]\nnodes = 65\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":7:9: 'nodes' must be an integer from 1 to 64");
  Minimal(base + "[distributed]\nsplit = \"hash\"\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":7:9: split must be contiguous, round-robin or broadcast, not 'hash'");
  Minimal(base + "[distributed]\nnode = 4\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)).rfind(file + ":7:1: unknown key 'node' in [distributed]", 0), 0u);
  Minimal("title = \"x\"\n[limits]\ntime_limit = 1\nmemory = 1\n[distributed]\nnodes = 2\n");
  EXPECT_EQ(ErrorOf(LoadProblem(dir_)), file + ":5:1: [distributed] needs kind = \"distributed\"");
}

}  // namespace
}  // namespace judge
