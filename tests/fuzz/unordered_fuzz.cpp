// The unordered-lines and exact checkers against the slow reference (sorted line vectors;
// string equality). Input: expected and actual separated by the first NUL.
#include "checker_reference.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto [expected, actual] =
      fuzz::Split(std::string_view(reinterpret_cast<const char*>(data), size), std::string_view("\0", 1));
  const auto lines = judge::checkers::CheckUnorderedLines(expected, actual);
  if (lines.accepted != fuzz::RefUnordered(expected, actual))
    fuzz::Fail(std::string("unordered checker disagrees with the reference: ") + (lines.accepted ? "accepted" : lines.message));
  if (!lines.accepted && lines.message.empty()) fuzz::Fail("rejection without a message");
  const auto exact = judge::checkers::CheckExact(expected, actual);
  if (exact.accepted != (expected == actual)) fuzz::Fail("exact checker disagrees with ==");
  return 0;
}
