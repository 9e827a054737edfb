#include "judge/authoring/shrink.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace judge {
namespace {

// Whether `text` is "n" and then exactly n lines of one integer each.
bool CountedLines(const std::string& text, std::vector<long long>* values = nullptr) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line)) return false;
  long long n = 0;
  try {
    n = std::stoll(line);
  } catch (...) {
    return false;
  }
  long long seen = 0;
  while (std::getline(in, line)) {
    ++seen;
    if (values) values->push_back(std::stoll(line));
  }
  return seen == n;
}

// A failure that needs a valid input with a negative number and a number above 10.
Result<bool> NegativeAndBig(const std::string& text) {
  std::vector<long long> v;
  if (!CountedLines(text, &v)) return false;
  bool negative = false, big = false;
  for (long long x : v) {
    negative |= x < 0;
    big |= x > 10;
  }
  return negative && big;
}

ShrinkStop Never() {
  return [] { return false; };
}

TEST(DropLines, LowersTheCountWithTheLines) {
  auto r = DropLines("7\n1\n20\n3\n-4\n5\n30\n6\n", NegativeAndBig, Never());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, "2\n20\n-4\n");  // from the end: 30 goes before 20 is tried
}

TEST(DropLines, PlainDeletionWithoutCounts) {
  auto has_x = [](const std::string& text) -> Result<bool> { return text.find("x\n") != std::string::npos; };
  auto r = DropLines("a b\nc\nx\nd\ne\n", has_x, Never());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "x\n");
}

TEST(DropLines, CanKeepTheFirstLine) {
  auto has_x = [](const std::string& text) -> Result<bool> { return text.find("x\n") != std::string::npos; };
  auto r = DropLines("a b\nc\nx\nd\ne\n", has_x, Never(), {.keep_first_line = true});
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "a b\nx\n");
}

TEST(DropLines, ExactCountsLowerOnlyTheLineCount) {
  std::vector<std::string> seen;
  auto record = [&seen](const std::string& text) -> Result<bool> {
    seen.push_back(text);
    return false;
  };
  // "3 9 1": 3 is the number of lines after the first; 9 and 1 are something else.
  auto r = DropLines("3 9 1\na\nb\nc\n", record, Never(), {.keep_first_line = true, .exact_counts = true});
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "3 9 1\na\nb\nc\n");
  // Two lines, then one (each candidate asked once), always the count before the plain deletion.
  EXPECT_EQ(seen, (std::vector<std::string>{"1 9 1\na\n", "3 9 1\na\n", "2 9 1\nb\nc\n", "3 9 1\nb\nc\n",
                                            "2 9 1\na\nb\n", "3 9 1\na\nb\n", "2 9 1\na\nc\n", "3 9 1\na\nc\n"}));
}

TEST(DropLines, KeepsAMissingFinalNewline) {
  auto has_x = [](const std::string& text) -> Result<bool> { return text.find('x') != std::string::npos; };
  auto r = DropLines("a\nx", has_x, Never());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "x");
}

TEST(DropLines, StopsWhenTold) {
  int calls = 0;
  auto count = [&calls](const std::string&) -> Result<bool> {
    ++calls;
    return true;
  };
  auto r = DropLines("1\n2\n3\n", count, [] { return true; });
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "1\n2\n3\n");
  EXPECT_EQ(calls, 0);
}

TEST(DropLines, ReturnsThePredicatesError) {
  auto fail = [](const std::string&) -> Result<bool> { return MakeError(ErrorKind::kInternal, "checker crashed"); };
  auto r = DropLines("1\n2\n", fail, Never());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "checker crashed");
}

// "n k" and then one line of n integers; fails while some number is negative and n matches.
TEST(DropTokens, LowersTheCountBeforeTheToken) {
  auto keep = [](const std::string& text) -> Result<bool> {
    std::istringstream in(text);
    long long n = 0, k = 0, x = 0, seen = 0;
    bool negative = false;
    if (!(in >> n >> k) || k != 3) return false;
    while (in >> x) {
      ++seen;
      negative |= x < 0;
    }
    return seen == n && negative;
  };
  auto r = DropTokens("5 3\n4 8 -1 6 2\n", keep, Never());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(*r, "1 3\n-1\n");
}

TEST(DropTokens, NeverDropsTheFirstTokenOfTheFirstLine) {
  std::vector<std::string> seen;
  auto record = [&seen](const std::string& text) -> Result<bool> {
    seen.push_back(text);
    return false;
  };
  auto r = DropTokens("2 9\n", record, Never());
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "2 9\n");
  EXPECT_EQ(seen, (std::vector<std::string>{"1\n", "2\n"}));  // 9 dropped, with and without the count lowered
}

}  // namespace
}  // namespace judge
