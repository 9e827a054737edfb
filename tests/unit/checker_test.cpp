#include "judge/check/checker.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace judge::checkers {
namespace {

struct Case {
  std::string name;
  std::string expected;
  std::string actual;
  bool accepted;
  std::string message;
  TokenOptions options = {};
};

std::string CaseName(const testing::TestParamInfo<Case>& info) { return info.param.name; }

TokenOptions Floats(std::optional<double> absolute, std::optional<double> relative) {
  TokenOptions options;
  options.float_absolute = absolute;
  options.float_relative = relative;
  return options;
}

TokenOptions CaseInsensitive() {
  TokenOptions options;
  options.case_sensitive = false;
  return options;
}

TokenOptions SpaceSensitive() {
  TokenOptions options;
  options.space_change_sensitive = true;
  return options;
}

const std::string kLong(50, 'x');
const std::string kLongShown = std::string(37, 'x') + "...";

// ---------------------------------------------------------------------------------------------
// CheckTokens

class CheckTokens : public testing::TestWithParam<Case> {};

TEST_P(CheckTokens, Case) {
  const Case& c = GetParam();
  CheckResult result = judge::checkers::CheckTokens(c.expected, c.actual, c.options);
  EXPECT_EQ(result.accepted, c.accepted);
  EXPECT_EQ(result.message, c.message);
}

const std::vector<Case> kTokenCases = {
    {"AcceptsEqual", "1 2 3\nfoo bar\n", "1 2 3\nfoo bar\n", true, ""},
    {"AcceptsDifferentWhitespace", "1 2 3\nfoo bar\n", "1\t2   3 foo\n\n bar", true, ""},
    {"AcceptsMissingTrailingNewline", "42\n", "42", true, ""},
    {"AcceptsExtraTrailingNewlines", "42\n", "42\n\n\n", true, ""},
    {"AcceptsCrlf", "1 2\n3\n", "1 2\r\n3\r\n", true, ""},
    {"AcceptsAllWhitespaceKinds", "a b c d e f g", "a\tb\nc\rd\ve\ff g", true, ""},
    {"AcceptsEmptyBoth", "", "", true, ""},
    {"AcceptsEmptyExpectedWhitespaceActual", "", " \n\n", true, ""},
    {"AcceptsWhitespaceDifferenceAfterLongPrefix", std::string(9000, 'a') + " b",
     std::string(9000, 'a') + "\nb", true, ""},
    {"RejectsDifferentToken", "1 2 3\n4 5 6\n", "1 2 3\n4 7 6\n", false,
     "line 2, column 3: expected '5', got '7'"},
    {"RejectsTokenPrefix", "12 3", "1 3", false, "line 1, column 1: expected '12', got '1'"},
    {"RejectsLongerToken", "1 3", "12 3", false, "line 1, column 1: expected '1', got '12'"},
    {"RejectsLongerLastToken", "1 2", "1 23", false, "line 1, column 3: expected '2', got '23'"},
    {"ReportsActualPosition", "a b c d", "a\n\n   b\n  x d", false,
     "line 4, column 3: expected 'c', got 'x'"},
    {"ReportsColumnAfterCrlf", "a\nb\n", "a\r\nc\r\n", false,
     "line 2, column 1: expected 'b', got 'c'"},
    {"RejectsMissingOutput", "1 2 3\n", "1 2\n", false,
     "line 2, column 1: expected '3', got end of output"},
    {"RejectsMissingOutputWithoutNewline", "1 2 3", "1 2", false,
     "line 1, column 4: expected '3', got end of output"},
    {"RejectsEmptyActual", "1\n", "", false, "line 1, column 1: expected '1', got end of output"},
    {"RejectsWhitespaceOnlyActual", "1\n", "\n\n", false,
     "line 3, column 1: expected '1', got end of output"},
    {"RejectsExtraOutput", "1 2\n", "1 2\nfoo 3\n", false,
     "line 2, column 1: expected end of output, got 'foo'"},
    {"RejectsExtraOutputForEmptyExpected", "", "\n  x", false,
     "line 2, column 3: expected end of output, got 'x'"},
    {"ComparesCaseByDefault", "Yes", "yes", false, "line 1, column 1: expected 'Yes', got 'yes'"},
    {"IgnoresCaseWhenAsked", "Yes NO", "yES no", true, "", CaseInsensitive()},
    {"RejectsDifferentWordIgnoringCase", "Yes", "yeah", false,
     "line 1, column 1: expected 'Yes', got 'yeah'", CaseInsensitive()},
    {"ShortensLongTokens", "a " + kLong, "a " + kLong + "y", false,
     "line 1, column 3: expected '" + kLongShown + "', got '" + kLongShown + "'"},
    {"KeepsFortyByteTokens", std::string(40, 'e'), std::string(40, 'a'), false,
     "line 1, column 1: expected '" + std::string(40, 'e') + "', got '" + std::string(40, 'a') +
         "'"},
    {"EscapesControlAndNonAsciiBytes", "caf\xc3\xa9", "caf\x01", false,
     "line 1, column 1: expected 'caf\\xc3\\xa9', got 'caf\\x01'"},
    {"ShortensEscapedTokens", std::string(20, '\x01'), "x", false,
     "line 1, column 1: expected '" + [] {
       std::string shown;
       for (int k = 0; k < 9; ++k) shown += "\\x01";
       return shown + "...";
     }() + "', got 'x'"},

    // space_change_sensitive
    {"SpaceSensitiveAcceptsEqual", "1 2\n3\n", "1 2\n3\n", true, "", SpaceSensitive()},
    {"SpaceSensitiveRejectsDifferentSeparator", "1 2\n3\n", "1 2 3\n", false,
     "line 1, column 4: expected whitespace '\\n', got ' '", SpaceSensitive()},
    {"SpaceSensitiveRejectsExtraSpace", "1 2", "1  2", false,
     "line 1, column 2: expected whitespace ' ', got '  '", SpaceSensitive()},
    {"SpaceSensitiveRejectsLeadingSpace", "1", " 1", false,
     "line 1, column 1: expected whitespace '', got ' '", SpaceSensitive()},
    {"SpaceSensitiveRejectsMissingTrailingNewline", "1 2\n", "1 2", false,
     "line 1, column 4: expected whitespace '\\n', got ''", SpaceSensitive()},
    {"SpaceSensitiveRejectsCrlf", "1\n", "1\r\n", false,
     "line 1, column 2: expected whitespace '\\n', got '\\r\\n'", SpaceSensitive()},
    {"SpaceSensitiveReportsTokensFirst", "1 2", "1 2 3", false,
     "line 1, column 5: expected end of output, got '3'", SpaceSensitive()},
    {"SpaceSensitiveChecksWhitespaceAfterToleratedToken", "0.5 1", "0.50  1", false,
     "line 1, column 5: expected whitespace ' ', got '  '",
     [] {
       TokenOptions options = Floats(1e-9, std::nullopt);
       options.space_change_sensitive = true;
       return options;
     }()},
    {"SpaceSensitiveIgnoresCaseWhenAsked", "a\nB\n", "A\nb\n", true, "",
     [] {
       TokenOptions options = SpaceSensitive();
       options.case_sensitive = false;
       return options;
     }()},

    // Floats
    {"ComparesNumbersAsStringsWithoutTolerance", "0.5", "0.50", false,
     "line 1, column 1: expected '0.5', got '0.50'"},
    {"AcceptsFloatWithinAbsolute", "1.5 2", "1.5000001 2", true,
     "max abs error 1.0e-07, max rel error 6.7e-08", Floats(1e-6, std::nullopt)},
    {"AcceptsFloatWithinRelative", "1000000", "1000001", true,
     "max abs error 1.0e+00, max rel error 1.0e-06", Floats(std::nullopt, 2e-6)},
    {"AcceptsIfEitherToleranceHolds", "1000000 0.001", "1000001 0.0010000001", true,
     "max abs error 1.0e+00, max rel error 1.0e-06", Floats(1e-6, 2e-6)},
    {"RejectsFloatOutsideBoth", "1.0", "1.001", false,
     "line 1, column 1: expected '1.0', got '1.001' (abs error 1.0e-03, rel error 1.0e-03)",
     Floats(1e-6, 1e-6)},
    {"RejectsFloatOutsideAbsoluteOnly", "100", "100.5", false,
     "line 1, column 1: expected '100', got '100.5' (abs error 5.0e-01, rel error 5.0e-03)",
     Floats(1e-1, std::nullopt)},
    {"ReportsWorstErrorOfSeveral", "1 2 3", "1.001 2.01 3.0001", true,
     "max abs error 1.0e-02, max rel error 5.0e-03", Floats(0.1, std::nullopt)},
    {"AcceptsExponentNotation", "1e-9 2.5E3 -7", "0.000000001 2500 -7.0e0", true,
     "max abs error 0.0e+00, max rel error 0.0e+00", Floats(1e-12, std::nullopt)},
    {"AcceptsLeadingPlusAndBareDot", "0.5 +3", ".5 3.", true,
     "max abs error 0.0e+00, max rel error 0.0e+00", Floats(1e-9, std::nullopt)},
    {"ParsesLongDecimalsLikeShortOnes", "0.1 -2.5", "0.1000000000000000055511151231257827 -2.50",
     true, "max abs error 0.0e+00, max rel error 0.0e+00", Floats(1e-300, std::nullopt)},
    {"AcceptsNegativeZero", "0", "-0.0", true, "max abs error 0.0e+00, max rel error 0.0e+00",
     Floats(std::nullopt, 1e-9)},
    {"RelativeToleranceAroundZeroNeedsExactZero", "0", "1e-300", false,
     "line 1, column 1: expected '0', got '1e-300' (abs error 1.0e-300, rel error inf)",
     Floats(std::nullopt, 1e-9)},
    {"IdenticalOutputHasNoErrorReport", "0.5\n", "0.5\n", true, "", Floats(1e-9, 1e-9)},
    {"EqualNumericTokensAreNotReported", "0.5 x", "0.5\nx", true, "", Floats(1e-9, 1e-9)},
    {"RejectsWordForNumber", "0.5", "half", false, "line 1, column 1: expected '0.5', got 'half'",
     Floats(1e-9, 1e-9)},
    {"RejectsNumberWithTrailingGarbage", "0.5", "0.5x", false,
     "line 1, column 1: expected '0.5', got '0.5x'", Floats(1e-9, 1e-9)},
    {"RejectsHexForDecimal", "16", "0x10", false, "line 1, column 1: expected '16', got '0x10'",
     Floats(1e-9, 1e-9)},
    {"ComparesWordsAsStringsWithTolerance", "YES 0.5", "YES 0.5000", true,
     "max abs error 0.0e+00, max rel error 0.0e+00", Floats(1e-9, 1e-9)},
    {"RejectsDifferentWordWithTolerance", "YES 0.5", "NO 0.5", false,
     "line 1, column 1: expected 'YES', got 'NO'", Floats(1e-9, 1e-9)},
    {"ComparesNanAsString", "nan", "nan", true, "", Floats(1e-9, 1e-9)},
    {"NanNeverMatchesNumber", "1.5", "nan", false, "line 1, column 1: expected '1.5', got 'nan'",
     Floats(1e-9, 1e-9)},
    {"ComparesInfAsString", "inf", "1e999", false, "line 1, column 1: expected 'inf', got '1e999'",
     Floats(1e-9, 1e-9)},
    {"InfNeverMatchesNumber", "1e308", "inf", false,
     "line 1, column 1: expected '1e308', got 'inf'", Floats(1e-9, 1e-9)},
};

INSTANTIATE_TEST_SUITE_P(Table, CheckTokens, testing::ValuesIn(kTokenCases), CaseName);

// ---------------------------------------------------------------------------------------------
// CheckExact

class CheckExact : public testing::TestWithParam<Case> {};

TEST_P(CheckExact, Case) {
  const Case& c = GetParam();
  CheckResult result = judge::checkers::CheckExact(c.expected, c.actual);
  EXPECT_EQ(result.accepted, c.accepted);
  EXPECT_EQ(result.message, c.message);
}

const std::vector<Case> kExactCases = {
    {"AcceptsEqual", "1 2\n3\n", "1 2\n3\n", true, ""},
    {"AcceptsEmptyBoth", "", "", true, ""},
    {"RejectsDifferentByte", "1 2\n3 4\n", "1 2\n3 5\n", false,
     "byte 7 (line 2, column 3): expected '4', got '5'"},
    {"RejectsDifferentWhitespace", "1 2\n", "1\t2\n", false,
     "byte 2 (line 1, column 2): expected ' ', got '\\t'"},
    {"RejectsCrlf", "1\n2\n", "1\r\n2\r\n", false,
     "byte 2 (line 1, column 2): expected '\\n', got '\\r'"},
    {"EscapesNonPrintableBytes", "a\x01", "a\xff", false,
     "byte 2 (line 1, column 2): expected '\\x01', got '\\xff'"},
    {"RejectsMissingTrailingNewline", "42\n", "42", false,
     "byte 3 (line 1, column 3): expected '\\n', got end of output (output is 1 byte shorter)"},
    {"RejectsShorterOutput", "1\n2\n3\n", "1\n", false,
     "byte 3 (line 2, column 1): expected '2', got end of output (output is 4 bytes shorter)"},
    {"RejectsEmptyOutput", "x", "", false,
     "byte 1 (line 1, column 1): expected 'x', got end of output (output is 1 byte shorter)"},
    {"RejectsLongerOutput", "1\n", "1\n\n\n", false,
     "byte 3 (line 2, column 1): expected end of output, got '\\n' (output is 2 bytes longer)"},
    {"RejectsOutputForEmptyExpected", "", "a", false,
     "byte 1 (line 1, column 1): expected end of output, got 'a' (output is 1 byte longer)"},
    {"ReportsDifferenceAfterManyChunks", std::string(10000, 'a') + "\nbc",
     std::string(10000, 'a') + "\nbd", false,
     "byte 10003 (line 2, column 2): expected 'c', got 'd'"},
};

INSTANTIATE_TEST_SUITE_P(Table, CheckExact, testing::ValuesIn(kExactCases), CaseName);

// ---------------------------------------------------------------------------------------------
// CheckUnorderedLines

class CheckUnorderedLines : public testing::TestWithParam<Case> {};

TEST_P(CheckUnorderedLines, Case) {
  const Case& c = GetParam();
  CheckResult result = judge::checkers::CheckUnorderedLines(c.expected, c.actual);
  EXPECT_EQ(result.accepted, c.accepted);
  EXPECT_EQ(result.message, c.message);
}

const std::vector<Case> kUnorderedCases = {
    {"AcceptsSameOrder", "a\nb\nc\n", "a\nb\nc\n", true, ""},
    {"AcceptsAnyOrder", "a\nb\nc\n", "c\na\nb\n", true, ""},
    {"AcceptsDuplicatesInAnyOrder", "x\ny\nx\n", "x\nx\ny", true, ""},
    {"IgnoresTrailingWhitespaceOfLines", "a b\nc\n", "c  \r\na b\t\n", true, ""},
    {"IgnoresBlankTrailingLines", "a\nb\n\n\n", "b\na", true, ""},
    {"IgnoresBlankTrailingLinesOfOutput", "a\n", "a\n\n \n\t\n", true, ""},
    {"AcceptsEmptyBoth", "", "", true, ""},
    {"AcceptsBlankForEmpty", "", "\n\n", true, ""},
    {"KeepsLeadingWhitespace", "a\n", " a\n", false, "unexpected line ' a'"},
    {"KeepsBlankLinesInTheMiddle", "a\n\nb\n", "a\nb\n", false, "line '' expected 1 time, got 0"},
    {"RejectsUnexpectedLine", "a\nb\n", "a\nz\nb\n", false, "unexpected line 'z'"},
    {"RejectsMissingDuplicate", "a\nx\nx\nx\n", "x\na\nx\n", false,
     "line 'x' expected 3 times, got 2"},
    {"RejectsExtraDuplicate", "a\nb\n", "b\na\na\n", false, "line 'a' expected 1 time, got 2"},
    {"ReportsFirstExpectedLineFirst", "a\nb\n", "", false, "line 'a' expected 1 time, got 0"},
    {"RejectsOutputForEmptyExpected", "", "x\n", false, "unexpected line 'x'"},
    {"ShortensLongLines", "1\n", kLong + "\n", false, "unexpected line '" + kLongShown + "'"},
};

INSTANTIATE_TEST_SUITE_P(Table, CheckUnorderedLines, testing::ValuesIn(kUnorderedCases),
                         CaseName);

// The token scan has several fast paths (exact prefix, 16-byte token steps, resync after each
// difference); on random outputs with random separators and random mutations it must agree with
// split-and-compare.
std::vector<std::string> SplitTokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::string token;
  for (char c : text) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      if (!token.empty()) tokens.push_back(token);
      token.clear();
    } else {
      token += c;
    }
  }
  if (!token.empty()) tokens.push_back(token);
  return tokens;
}

TEST(CheckTokensScan, AgreesWithSplitAndCompare) {
  std::mt19937 random(1);
  const char* separators[] = {" ", "\n", "\t", "  ", "\r\n", "\v", "\f", " \n "};
  const char* alphabet = "0123456789abXY-.\x01";
  for (int round = 0; round < 3000; ++round) {
    std::string expected;
    std::string actual;
    size_t tokens = random() % 40;
    for (size_t k = 0; k < tokens; ++k) {
      std::string token;
      for (size_t length = 1 + random() % (random() % 4 == 0 ? 40 : 8); length > 0; --length) {
        token += alphabet[random() % 17];
      }
      expected += token;
      actual += token;
      if (k + 1 < tokens || random() % 2 == 0) expected += separators[random() % 8];
      if (k + 1 < tokens || random() % 2 == 0) actual += separators[random() % 8];
    }
    for (size_t mutations = random() % 3; mutations > 0 && !actual.empty(); --mutations) {
      size_t at = random() % actual.size();
      switch (random() % 3) {
        case 0: actual[at] = alphabet[random() % 17]; break;
        case 1: actual.insert(at, 1, alphabet[random() % 17]); break;
        default: actual.erase(at, 1); break;
      }
    }
    bool same = SplitTokens(expected) == SplitTokens(actual);
    CheckResult result = judge::checkers::CheckTokens(expected, actual);
    ASSERT_EQ(result.accepted, same) << "expected: " << expected << "\nactual: " << actual
                                     << "\nmessage: " << result.message;
    ASSERT_EQ(result.message.empty(), same) << result.message;
    // With nothing but whitespace sensitivity the token checker is an exact comparison.
    ASSERT_EQ(judge::checkers::CheckTokens(expected, actual, SpaceSensitive()).accepted,
              expected == actual)
        << "expected: " << expected << "\nactual: " << actual;
  }
}

// Found by tests/fuzz/tokens_fuzz: an empty view with no data at all (a default
// std::string_view) made the whitespace scan memcpy from a null pointer (undefined behaviour,
// reported by the sanitizers of the fuzz and asan builds).
TEST(CheckTokensScan, AnEmptyViewWithoutDataIsEmptyOutput) {
  EXPECT_FALSE(judge::checkers::CheckTokens(" 22!J;", std::string_view()).accepted);
  EXPECT_TRUE(judge::checkers::CheckTokens("  \n", std::string_view()).accepted);
  EXPECT_FALSE(judge::checkers::CheckTokens(std::string_view(), "x y").accepted);
}

}  // namespace
}  // namespace judge::checkers
