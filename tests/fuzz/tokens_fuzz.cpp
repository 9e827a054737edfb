// The token checker (case and whitespace options, no tolerance) against the slow reference.
// Input: one options byte, then expected and actual separated by the first NUL.
#include "checker_reference.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  judge::checkers::TokenOptions options;
  options.case_sensitive = (data[0] & 1) != 0;
  options.space_change_sensitive = (data[0] & 2) != 0;
  const auto [expected, actual] = fuzz::Split(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1),
                                              std::string_view("\0", 1));
  const auto fast = judge::checkers::CheckTokens(expected, actual, options);
  if (fast.accepted != fuzz::RefTokens(expected, actual, options))
    fuzz::Fail(std::string("token checker disagrees with the reference: ") + (fast.accepted ? "accepted" : fast.message));
  if (!fast.accepted && (fast.message.empty() || fast.message.size() > 300))
    fuzz::Fail("rejection message empty or too long: " + fast.message);
  // Equal texts are always accepted, whatever the options.
  if (!judge::checkers::CheckTokens(actual, actual, options).accepted) fuzz::Fail("an output differs from itself");
  return 0;
}
