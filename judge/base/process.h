// Trusted helper processes (the compiler version probe, the PCH build of system headers): the
// judge's own tools, run with a timeout but without isolation. Candidate code and everything a
// problem package brings never go through here: they go through sandbox/ (package programs
// through judge/run/package_box.h).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/result.h"

namespace judge {

struct TrustedOptions {
  std::filesystem::path stdin_path;    // empty: /dev/null
  std::filesystem::path stdout_path;   // empty: captured into TrustedRun::output
  std::filesystem::path cwd;           // empty: inherit
  std::chrono::milliseconds timeout{60'000};
  size_t capture_limit = 1 << 20;      // bytes kept of captured stdout and of stderr each
};

struct TrustedRun {
  int exit_code = -1;                  // -1 when killed by a signal or the timeout
  bool timed_out = false;
  std::string output;                  // captured stdout (when stdout_path is empty)
  std::string errors;                  // captured stderr
  std::chrono::milliseconds wall{0};
};

// Fails only when the program cannot be started; a non-zero exit is a TrustedRun.
sandbox::Result<TrustedRun> RunTrusted(const std::filesystem::path& program,
                                       const std::vector<std::string>& args,
                                       const TrustedOptions& options = {});

}  // namespace judge
