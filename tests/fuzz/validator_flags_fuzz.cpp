// The Kattis default output validator's flags: ParseDefaultValidatorFlags agrees with a plain
// reading of the rules, and what it accepts is usable by the token checker.
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "judge/check/checker.h"
#include "judge/packages/kattis_loader.h"

namespace {

// The rules, read the slow way: every flag known, every tolerance followed by a non-negative
// finite number that strtod reads whole.
bool ReferenceAccepts(const std::vector<std::string>& flags) {
  for (size_t i = 0; i < flags.size(); ++i) {
    const std::string& f = flags[i];
    if (f == "case_sensitive" || f == "space_change_sensitive") continue;
    if (f != "float_absolute_tolerance" && f != "float_relative_tolerance" && f != "float_tolerance") return false;
    if (++i == flags.size()) return false;
    const std::string& s = flags[i];
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || static_cast<size_t>(end - s.c_str()) != s.size() || std::isnan(v) || std::isinf(v) || v < 0)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Words separated by newlines (so a word may hold spaces, as a YAML list item can).
  std::vector<std::string> flags;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  for (std::string w; std::getline(in, w);) flags.push_back(w);
  auto parsed = judge::ParseDefaultValidatorFlags(flags, "testdata.yaml");
  if (parsed.ok() != ReferenceAccepts(flags)) fuzz::Fail(parsed.ok() ? "accepted bad flags" : "refused good flags");
  if (parsed) {
    for (const auto& t : {parsed->float_absolute, parsed->float_relative})
      if (t && (!std::isfinite(*t) || *t < 0)) fuzz::Fail("a tolerance that is not a non-negative number");
    judge::checkers::CheckTokens("1.5 x", "1.5000001 X", *parsed);
  } else if (parsed.error().message.rfind("testdata.yaml: ", 0) != 0) {
    fuzz::Fail("error does not name the file: " + parsed.error().message);
  }
  return 0;
}
