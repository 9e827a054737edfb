// A Kattis package's problem.yaml and data/secret/testdata.yaml (the input is both, split at
// "\n---8<---\n"): LoadProblem returns a Problem or a one-line error; it never crashes or throws.
#include <string>

#include "fuzz_util.h"
#include "judge/packages/problem_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzz::Package package;
  const auto [problem_yaml, testdata_yaml] =
      fuzz::Split(std::string_view(reinterpret_cast<const char*>(data), size), "\n---8<---\n");
  package.Write("problem.yaml", problem_yaml);
  package.Write("data/secret/testdata.yaml", testdata_yaml);
  auto problem = judge::LoadProblem(package.dir());
  if (!problem) {
    const std::string& m = problem.error().message;
    if (m.empty() || m.find('\n') != std::string::npos) fuzz::Fail("error message not one line: " + m);
  } else if (problem->cases.empty()) {
    fuzz::Fail("a loaded problem without cases");
  }
  return 0;
}
