// The token checker with float tolerances against the slow reference (numbers parsed with
// from_chars only, no fast path). Input: options byte, tolerance exponent byte, then expected
// and actual separated by the first NUL.
#include <cmath>

#include "checker_reference.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  judge::checkers::TokenOptions options;
  options.case_sensitive = (data[0] & 1) != 0;
  options.space_change_sensitive = (data[0] & 2) != 0;
  const double tolerance = data[1] == 255 ? 0.0 : std::pow(10.0, -static_cast<double>(data[1] % 16));
  if (data[0] & 4) options.float_absolute = tolerance;
  if (data[0] & 8) options.float_relative = tolerance;
  if (!options.float_absolute && !options.float_relative) options.float_absolute = tolerance;
  const auto [expected, actual] = fuzz::Split(std::string_view(reinterpret_cast<const char*>(data) + 2, size - 2),
                                              std::string_view("\0", 1));
  const auto fast = judge::checkers::CheckTokens(expected, actual, options);
  if (fast.accepted != fuzz::RefTokens(expected, actual, options))
    fuzz::Fail(std::string("float checker disagrees with the reference: ") + (fast.accepted ? "accepted" : fast.message));
  if (!fast.accepted && (fast.message.empty() || fast.message.size() > 300))
    fuzz::Fail("rejection message empty or too long: " + fast.message);
  return 0;
}
