// The bundled library: every problem loads and has what a library problem must have.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "judge/packages/problem_loader.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

const fs::path kProblems = fs::path(JUDGE_SOURCE_DIR) / "problems";

std::vector<std::string> Ids() {
  std::vector<std::string> ids;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kProblems, ec))
    if (fs::is_regular_file(e.path() / "problem.toml")) ids.push_back(e.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

size_t CountCpp(const fs::path& dir) {
  size_t n = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) n += e.path().extension() == ".cpp";
  return n;
}

class LibraryProblem : public ::testing::TestWithParam<std::string> {};

TEST_P(LibraryProblem, HasStatementTagsAndTheSubmissionLadder) {
  const fs::path dir = kProblems / GetParam();
  auto p = LoadProblem(dir);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_FALSE(p->tags.empty()) << "tags: the family first, then techniques";
  EXPECT_TRUE(fs::is_regular_file(dir / "statement.md"));
  EXPECT_TRUE(std::any_of(p->cases.begin(), p->cases.end(), [](const TestCase& c) { return c.sample; }))
      << "no sample cases";
  EXPECT_TRUE(std::any_of(p->cases.begin(), p->cases.end(), [](const TestCase& c) { return c.generated.has_value(); }) ||
              p->kind == ProblemKind::kInteractive)
      << "no generated big-data tier";
  const fs::path s = dir / "submissions";
  EXPECT_GE(CountCpp(s / "accepted"), 2u) << "a typical and a best accepted solution";
  EXPECT_GE(CountCpp(s / "wrong_answer"), 1u) << "a classic bug";
  if (p->kind == ProblemKind::kDistributed) {
    // The naive "ship everything to node 0" must fail node 0's own limits, time or memory.
    EXPECT_GE(CountCpp(s / "time_limit_exceeded") + CountCpp(s / "memory_limit_exceeded"), 1u)
        << "a solution that ships all data to one node and fails the per-node limits";
    ASSERT_TRUE(p->distributed);
    EXPECT_GE(p->distributed->nodes, 2);
    EXPECT_FALSE(p->reference.empty()) << "a single-machine reference answers the generated cases";
  } else {
    EXPECT_GE(CountCpp(s / "time_limit_exceeded"), 1u) << "a naive solution that fails the time limit";
  }
}

std::string Name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Problems, LibraryProblem, ::testing::ValuesIn(Ids()), Name);

TEST(Library, CoversEveryFamilyWithBothStyles) {
  const std::set<std::string> families = {"top-k", "streaming-statistics", "sketches", "joins", "event-logs",
                                          "ranking-metrics", "similarity", "recommendations", "sampling",
                                          "ml-from-scratch"};
  std::set<std::string> seen;
  bool stdio = false, function = false;
  int distributed = 0;
  for (const auto& id : Ids()) {
    auto p = LoadProblem(kProblems / id);
    ASSERT_TRUE(p) << p.error().message;
    if (!p->tags.empty()) seen.insert(p->tags.front());
    stdio |= p->kind == ProblemKind::kStdio;
    function |= p->kind == ProblemKind::kFunction;
    distributed += p->kind == ProblemKind::kDistributed;
  }
  for (const auto& f : families) EXPECT_TRUE(seen.count(f)) << "no problem in family " << f;
  EXPECT_TRUE(stdio);
  EXPECT_TRUE(function);
  EXPECT_GE(distributed, 3) << "a shuffle join, a skewed-key join, and top-k with a merge";
  EXPECT_GE(Ids().size(), 25u);
}

}  // namespace
}  // namespace judge
