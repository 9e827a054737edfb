// declarations.h and function.h's link-error explanation: what a function problem's header
// declares, the stubs a starter file gets, and the message for a definition that does not match.
#include "judge/packages/declarations.h"

#include <gtest/gtest.h>

#include "judge/run/function.h"

namespace judge {
namespace {

const char* kPrecisionHeader = R"(// Implement this function.
#pragma once

#include <unordered_set>
#include <utility>
#include <vector>

// Precision@k and recall@k of one query; "k" >= 1.
std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked,
                                             const std::unordered_set<int>& relevant, int k);
)";

const char* kClassHeader = R"(#pragma once
#include <cstddef>
#include <memory>
#include <vector>

namespace stream {
/* The median of what was added so far. */
class Median {
 public:
  explicit Median(std::size_t reserve = 16);
  ~Median();
  void Add(long long value);
  double Get() const;
  static int Version() { return 1; }
  Median(const Median&) = delete;
  virtual const std::vector<long long>& Values() const;
 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};
}  // namespace stream

enum class Mode { kLow, kHigh };
int Mix(int a, int b = 3, std::vector<int> c = {1, 2});
template <typename T> T Twice(T x);
)";

TEST(Declarations, AFreeFunctionAcrossLines) {
  const auto d = ParseDeclarations(kPrecisionHeader);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].name, "PrecisionRecallAtK");
  EXPECT_EQ(d[0].scope, "");
  EXPECT_EQ(d[0].return_type, "std::pair<double, double>");
  EXPECT_EQ(d[0].parameters, "(const std::vector<int>& ranked, const std::unordered_set<int>& relevant, int k)");
  EXPECT_EQ(d[0].line, 9);
  EXPECT_FALSE(d[0].member);
  EXPECT_EQ(StubDefinition(d[0]),
            "std::pair<double, double> PrecisionRecallAtK(const std::vector<int>& ranked, const "
            "std::unordered_set<int>& relevant, int k) {\n  // TODO\n  return {};\n}\n");
}

TEST(Declarations, ClassMembersInANamespaceWithoutInlineOrDeletedOnes) {
  const auto d = ParseDeclarations(kClassHeader);
  std::vector<std::string> stubs;
  for (const auto& x : d) stubs.push_back(StubDefinition(x));
  ASSERT_EQ(stubs.size(), 6u);
  EXPECT_EQ(stubs[0], "stream::Median::Median(std::size_t reserve) {\n  // TODO\n}\n");
  EXPECT_EQ(stubs[1], "stream::Median::~Median() {\n  // TODO\n}\n");
  EXPECT_EQ(stubs[2], "void stream::Median::Add(long long value) {\n  // TODO\n}\n");
  EXPECT_EQ(stubs[3], "double stream::Median::Get() const {\n  // TODO\n  return {};\n}\n");
  EXPECT_EQ(stubs[4],
            "const std::vector<long long>& stream::Median::Values() const {\n  // TODO\n"
            "  static std::remove_cvref_t<const std::vector<long long>&> placeholder{};\n  return placeholder;\n}\n");
  EXPECT_EQ(stubs[5], "int Mix(int a, int b, std::vector<int> c) {\n  // TODO\n  return {};\n}\n");
  EXPECT_TRUE(d[2].member);
  EXPECT_EQ(d[2].scope, "stream::Median");
}

TEST(Declarations, DefinitionsOfACandidatesFile) {
  const char* mine = R"(#include "solution.h"
double stream::Median::Get() const { return 0; }
namespace stream {
void Median::Add(long long v) { if (v) { Get(); } }
}
std::pair<double,double> PrecisionRecallAtK(std::vector<int> ranked, std::unordered_set<int> relevant, size_t k)
{
  return {0, 0};
}
)";
  const auto d = ParseDeclarations(mine, /*with_definitions=*/true);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_TRUE(d[0].defined);
  EXPECT_EQ(d[0].scope, "stream::Median");
  EXPECT_EQ(d[0].name, "Get");
  EXPECT_EQ(d[1].scope, "stream::Median");
  EXPECT_EQ(d[1].name, "Add");
  EXPECT_EQ(d[2].name, "PrecisionRecallAtK");
  EXPECT_EQ(d[2].line, 6);
  EXPECT_EQ(d[2].parameters, "(std::vector<int> ranked, std::unordered_set<int> relevant, size_t k)");
}

TEST(LinkErrors, AWrongSignatureIsExplainedWithTheDeclaration) {
  SourceFile program;
  program.display_name = "mine.cpp";
  program.text = "#include \"solution.h\"\n\nstd::pair<double, double> PrecisionRecallAtK(std::vector<int> ranked,\n"
                 "    std::vector<int> relevant, size_t k) {\n  return {0, 0};\n}\n";
  program.companions.push_back({"harness/solution.h", kPrecisionHeader, false});
  program.companions.push_back({"harness/main.cpp", "int main() {}", true});
  const std::string log =
      "/usr/bin/ld: /tmp/ccAbCd.o: in function `main':\n"
      "main.cpp:(.text.startup+0x2a5): undefined reference to `PrecisionRecallAtK(std::vector<int, "
      "std::allocator<int> > const&, std::unordered_set<int, std::hash<int>, std::equal_to<int>, "
      "std::allocator<int> > const&, int)'\n"
      "collect2: error: ld returned 1 exit status\n";
  const std::string why = ExplainUndefinedReferences(program, log, "precision-recall-at-k");
  EXPECT_NE(why.find("judge: your file does not define PrecisionRecallAtK the way harness/solution.h declares it"),
            std::string::npos)
      << why;
  EXPECT_NE(why.find("    harness/solution.h:9: std::pair<double, double> PrecisionRecallAtK(const "
                     "std::vector<int>& ranked, const std::unordered_set<int>& relevant, int k);\n"),
            std::string::npos)
      << why;
  EXPECT_NE(why.find("  mine.cpp defines instead:\n    mine.cpp:3: std::pair<double, double> "
                     "PrecisionRecallAtK(std::vector<int> ranked, std::vector<int> relevant, size_t k)\n"),
            std::string::npos)
      << why;
  EXPECT_NE(why.find("'judge show precision-recall-at-k' prints the header"), std::string::npos) << why;
}

TEST(LinkErrors, AMissingMemberAndANameTheHeaderDoesNotDeclare) {
  SourceFile program;
  program.display_name = "median.cpp";
  program.text = "#include \"median.h\"\nvoid stream::Median::Add(long long) {}\n";
  program.companions.push_back({"harness/median.h", kClassHeader, false});
  const std::string log =
      "main.cpp:(.text+0x1): undefined reference to `stream::Median::Get() const'\n"
      "main.cpp:(.text+0x9): undefined reference to `helper()'\n";
  const std::string why = ExplainUndefinedReferences(program, log, "p");
  EXPECT_NE(why.find("your file does not define stream::Median::Get"), std::string::npos) << why;
  EXPECT_NE(why.find("double Get() const;"), std::string::npos) << why;
  EXPECT_NE(why.find("median.cpp defines no function named Get."), std::string::npos) << why;
  EXPECT_EQ(why.find("helper"), std::string::npos) << why;  // not the header's: the raw log says enough
}

TEST(LinkErrors, NoUndefinedReferenceNoExplanation) {
  SourceFile program;
  program.companions.push_back({"harness/solution.h", kPrecisionHeader, false});
  EXPECT_EQ(ExplainUndefinedReferences(program, "mine.cpp:3:5: error: 'x' was not declared\n", "p"), "");
}

}  // namespace
}  // namespace judge
