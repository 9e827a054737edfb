// Built-in output checkers. Pure functions over two byte buffers; no I/O, no allocation
// proportional to the input on the equal-output path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace judge::checkers {

struct CheckResult {
  bool accepted = false;
  // On rejection: where and what, for people ("line 3, column 5: expected 17, got 18").
  // On acceptance of a float comparison: the worst error seen ("max abs error 2.1e-09 ...").
  // Never longer than ~200 bytes: tokens are shortened.
  std::string message;
};

// Kattis default output validator semantics.
struct TokenOptions {
  bool case_sensitive = true;
  bool space_change_sensitive = false;       // when true, whitespace must match exactly
  std::optional<double> float_absolute;      // a token pair that both parse as numbers passes
  std::optional<double> float_relative;      // when |a-e| <= abs or |a-e| <= rel*|e|
};

// Whitespace-separated tokens (the default checker), with optional float tolerance.
CheckResult CheckTokens(std::string_view expected, std::string_view actual,
                        const TokenOptions& options = {});

// Byte-for-byte equal.
CheckResult CheckExact(std::string_view expected, std::string_view actual);

// The same multiset of lines; trailing whitespace of each line and blank lines at the end are
// ignored.
CheckResult CheckUnorderedLines(std::string_view expected, std::string_view actual);

}  // namespace judge::checkers
