// The bundled library: every problem loads and has what a library problem must have.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "judge/packages/problem_loader.h"
#include "judge/run/function.h"

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

std::string ReadStatement(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// "2 s", "2.5 s": how statements write a limit in seconds.
std::string StatedSeconds(std::chrono::milliseconds ms) {
  std::string text = std::to_string(ms.count() / 1000);
  if (ms.count() % 1000) {
    std::string fraction = std::to_string(1000 + ms.count() % 1000).substr(1);
    while (fraction.back() == '0') fraction.pop_back();
    text += "." + fraction;
  }
  return text + " s";
}

// The problems of the second wave (issue 14): the interview classics the library must keep.
// Their statements show both limits; the older statements are brought to the same rule
// separately, and then this list becomes every problem.
const std::vector<std::string> kWave2 = {"board-game-recommendations", "unfinished-books",
                                         "churn-labelling",            "weighted-random-pick",
                                         "sliding-window-median",      "tumbling-window-aggregation",
                                         "k-closest-points",           "confusion-matrix-macro-f1"};

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
    // The naive "ship everything to node 0" must fail node 0's own limits: time, memory, or
    // what a node may be sent (OLE).
    EXPECT_GE(CountCpp(s / "time_limit_exceeded") + CountCpp(s / "memory_limit_exceeded") +
                  CountCpp(s / "output_limit_exceeded"),
              1u)
        << "a solution that ships all data to one node and fails the per-node limits";
    ASSERT_TRUE(p->distributed);
    EXPECT_GE(p->distributed->nodes, 2);
    EXPECT_FALSE(p->reference.empty()) << "a single-machine reference answers the generated cases";
  } else {
    EXPECT_GE(CountCpp(s / "time_limit_exceeded"), 1u) << "a naive solution that fails the time limit";
  }
  if (std::find(p->tags.begin(), p->tags.end(), "memory-limit") != p->tags.end()) {
    EXPECT_GE(CountCpp(s / "memory_limit_exceeded"), 1u) << "memory is the point: a solution that fails the memory limit";
  }
  if (std::find(p->tags.begin(), p->tags.end(), "class") != p->tags.end()) {
    EXPECT_TRUE(p->function.has_value()) << "a class-design problem is driven through its methods by a harness";
  }
}

// "1.5" for 1500 ms, "2" for 2000 ms: how a statement writes seconds.
std::string Seconds(std::chrono::milliseconds ms) {
  std::ostringstream out;
  out << static_cast<double>(ms.count()) / 1000.0;
  return out.str();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The constraints line a candidate reads: both clocks and the memory, as problem.toml sets
// them, so a limit tightened in problem.toml cannot leave the statement behind.
TEST_P(LibraryProblem, StatementShowsTheCpuWallAndMemoryLimits) {
  const fs::path dir = kProblems / GetParam();
  auto p = LoadProblem(dir);
  ASSERT_TRUE(p) << p.error().message;
  const std::string statement = ReadFile(dir / "statement.md");
  const std::string cpu = Seconds(p->limits.time_limit) + " s of CPU";
  const std::string wall = Seconds(p->limits.wall_time_limit) + " s of wall time";
  const std::string memory = std::to_string(p->limits.memory_bytes >> 20) + " MiB";
  std::istringstream lines(statement);
  bool found = false;
  for (std::string line; std::getline(lines, line) && !found;)
    found = line.find(cpu) != std::string::npos && line.find(wall) != std::string::npos &&
            line.find(memory) != std::string::npos;
  EXPECT_TRUE(found) << "statement.md has no line with \"" << cpu << "\", \"" << wall << "\" and \"" << memory
                     << "\"";
}

// Wrong answers written blind, from `judge show` alone, by people who never saw the
// reference: each starts with "// BLIND WA:" and the mistake it makes.
TEST_P(LibraryProblem, HasTwoBlindWrongAnswers) {
  const fs::path dir = kProblems / GetParam() / "submissions" / "wrong_answer";
  size_t blind = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".cpp") continue;
    std::string first;
    std::ifstream in(e.path());
    std::getline(in, first);
    blind += first.rfind("// BLIND WA: ", 0) == 0;
  }
  EXPECT_GE(blind, 2u) << "wrong_answer/ needs two solutions written blind (first line \"// BLIND WA: ...\")";
}

std::string Name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Problems, LibraryProblem, ::testing::ValuesIn(Ids()), Name);

class Wave2Problem : public ::testing::TestWithParam<std::string> {};

TEST_P(Wave2Problem, ExistsWithClassicBugsAndStatesBothLimits) {
  const fs::path dir = kProblems / GetParam();
  auto p = LoadProblem(dir);
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_GE(CountCpp(dir / "submissions" / "wrong_answer"), 2u) << "at least two classic mistakes of the kind";
  EXPECT_FALSE(p->validators.empty()) << "an input validator";
  const std::string statement = ReadStatement(dir / "statement.md");
  const std::string limits = "time limit " + StatedSeconds(p->limits.time_limit) + " of CPU and " +
                             StatedSeconds(p->limits.wall_time_limit) + " of wall time";
  EXPECT_NE(statement.find(limits), std::string::npos) << "the statement must say \"" << limits << "\"";
}

INSTANTIATE_TEST_SUITE_P(Problems, Wave2Problem, ::testing::ValuesIn(kWave2), Name);

// Files of `dir` that define main (the stdio form) or not (the function or class form).
std::pair<size_t, size_t> CountForms(const fs::path& dir) {
  size_t with_main = 0, without = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".cpp") (DefinesMain(ReadStatement(e.path())) ? with_main : without)++;
  return {with_main, without};
}

// Interviews are run on a function or a class: the classics offer that form, most beside stdio.
TEST(Library, OffersTheFunctionOrClassFormInterviewsUse) {
  const std::map<std::string, Form> classics = {
      {"running-median", Form::kClass}, {"hits-last-5-minutes", Form::kClass}, {"rate-limiter", Form::kClass},
      {"top-k-frequent", Form::kFunction}, {"sparse-dot-products", Form::kClass}, {"roc-auc", Form::kFunction},
      {"ndcg-at-k", Form::kFunction}};
  int offering = 0;
  for (const auto& id : Ids()) {
    auto p = LoadProblem(kProblems / id);
    ASSERT_TRUE(p) << p.error().message;
    const auto forms = ProblemForms(*p);
    const auto c = classics.find(id);
    if (c != classics.end()) {
      EXPECT_EQ(FormsName(forms), std::string("stdio+") + FormName(c->second)) << id;
    }
    if (forms.empty() || forms.back() == Form::kStdio) continue;
    ++offering;
    if (p->kind != ProblemKind::kStdio) continue;
    // Beside stdio: both forms are judged by `judge verify`, the form's signature is in the statement.
    const fs::path s = kProblems / id / "submissions";
    EXPECT_GE(CountForms(s / "accepted").first, 1u) << id << ": an accepted program (stdio form)";
    EXPECT_GE(CountForms(s / "accepted").second, 1u) << id << ": an accepted " << FormName(forms.back());
    EXPECT_GE(CountForms(s / "wrong_answer").second, 1u) << id << ": a wrong " << FormName(forms.back());
    const std::string statement = ReadStatement(kProblems / id / "statement.md");
    EXPECT_NE(statement.find("```cpp"), std::string::npos) << id << ": the statement shows the signature";
    EXPECT_NE(statement.find("judge show " + id), std::string::npos) << id;
  }
  EXPECT_GE(offering, 10) << "interviews are run on a function or a class";
}

TEST(StatedSeconds, WritesWholeAndFractionalSeconds) {
  EXPECT_EQ(StatedSeconds(std::chrono::milliseconds(2000)), "2 s");
  EXPECT_EQ(StatedSeconds(std::chrono::milliseconds(2500)), "2.5 s");
  EXPECT_EQ(StatedSeconds(std::chrono::milliseconds(1250)), "1.25 s");
}

TEST(Library, CoversEveryFamilyWithBothStyles) {
  const std::set<std::string> families = {"top-k",           "streaming-statistics", "sketches",
                                          "joins",           "event-logs",           "ranking-metrics",
                                          "similarity",      "recommendations",      "sampling",
                                          "ml-from-scratch", "feature-engineering",  "classification-metrics"};
  std::set<std::string> seen;
  bool stdio = false;
  int function = 0, classes = 0, distributed = 0;
  for (const auto& id : Ids()) {
    auto p = LoadProblem(kProblems / id);
    ASSERT_TRUE(p) << p.error().message;
    if (!p->tags.empty()) seen.insert(p->tags.front());
    stdio |= p->kind == ProblemKind::kStdio;
    function += p->kind == ProblemKind::kFunction;
    classes += std::find(p->tags.begin(), p->tags.end(), "class") != p->tags.end();
    distributed += p->kind == ProblemKind::kDistributed;
  }
  for (const auto& f : families) EXPECT_TRUE(seen.count(f)) << "no problem in family " << f;
  EXPECT_TRUE(stdio);
  EXPECT_GE(function, 5) << "interviews are run on a function or a class";
  EXPECT_GE(classes, 2) << "class-design problems: the weighted picker and the k closest points";
  EXPECT_GE(distributed, 3) << "a shuffle join, a skewed-key join, and top-k with a merge";
  for (const auto& id : kWave2) EXPECT_TRUE(fs::is_regular_file(kProblems / id / "problem.toml")) << "missing " << id;
  EXPECT_GE(Ids().size(), 38u);
}

}  // namespace
}  // namespace judge
