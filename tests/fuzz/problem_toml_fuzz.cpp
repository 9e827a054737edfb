// problem.toml of a native package: LoadProblem either returns a Problem or a one-line error
// that names the file; it never crashes, hangs or throws.
#include <string>

#include "fuzz_util.h"
#include "judge/packages/problem_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::Package package;
  package.Write("problem.toml", std::string_view(reinterpret_cast<const char*>(data), size));
  auto problem = judge::LoadProblem(package.dir());
  if (problem) {
    if (problem->cases.empty()) fuzz::Fail("a loaded problem without cases");
    if (problem->limits.memory_bytes == 0 || problem->limits.time_limit.count() <= 0) fuzz::Fail("zero limits");
  } else {
    const std::string& m = problem.error().message;
    if (m.empty() || m.find('\n') != std::string::npos) fuzz::Fail("error message not one line: " + m);
    if (m.find("problem.toml") == std::string::npos) fuzz::Fail("error does not name the file: " + m);
  }
  return 0;
}
