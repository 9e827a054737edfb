// argv -> command -> exit code (CONTRACT.md: 0 ok/accepted, 1 not accepted, 2 usage or bad
// input, 3 judge error, 130 interrupted).
#pragma once

#include "sandbox/result.h"

namespace judge {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitJudgeError = 3;
inline constexpr int kExitInterrupted = 130;

// The exit code of a command that failed with `e`.
inline int ExitCodeOf(const sandbox::Error& e) {
  switch (e.kind) {
    case sandbox::ErrorKind::kUsage:
    case sandbox::ErrorKind::kBadPackage: return kExitUsage;
    case sandbox::ErrorKind::kInternal:
    case sandbox::ErrorKind::kUnavailable: return kExitJudgeError;
    case sandbox::ErrorKind::kInterrupted: return kExitInterrupted;
  }
  return kExitJudgeError;
}

int RunCli(int argc, char** argv);

}  // namespace judge
