// Where the tests find their sources, box programs and the judge binary. Compiled-in paths by default; the
// rootless run (tests/e2e/rootless_test.cpp) copies both to a folder an unprivileged user can
// read and points these variables there.
#pragma once

#include <cstdlib>
#include <string>

#ifndef JUDGE_TESTS_DIR
#define JUDGE_TESTS_DIR "tests"
#endif
#ifndef JUDGE_BOX_PROGRAMS
#define JUDGE_BOX_PROGRAMS "box-programs"
#endif
#ifndef JUDGE_BINARY
#define JUDGE_BINARY "judge"
#endif

inline std::string TestsDir() {
  const char* dir = std::getenv("JUDGE_TESTS_DIR");
  return dir != nullptr && *dir != '\0' ? dir : JUDGE_TESTS_DIR;
}

inline std::string JudgeBinary() {
  const char* binary = std::getenv("JUDGE_BINARY");
  return binary != nullptr && *binary != '\0' ? binary : JUDGE_BINARY;
}

// The sandbox suites' box programs, built once by the build (tests/CMakeLists.txt).
inline std::string BoxProgramsDir() {
  const char* dir = std::getenv("JUDGE_BOX_PROGRAMS");
  return dir != nullptr && *dir != '\0' ? dir : JUDGE_BOX_PROGRAMS;
}
