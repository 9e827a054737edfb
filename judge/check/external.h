// Author programs of a package: custom checkers (Kattis output validators, testlib checkers)
// and input validators. A package is untrusted input, so they are built (g++ -O2, or the
// package's `build` script; cached in $JUDGE_HOME/cache/author by a hash of compiler, flags and
// every source byte) and run in package boxes (judge/run/package_box.h): the program's folder
// read-only at /prog, its inputs read-only under /data, the Kattis feedback_dir as the only
// writable folder, no network, nothing else of the host.
//
// A program that crashes, times out or answers outside its protocol yields kFailed, whose
// message names the program: the judge reports JE for it, never AC.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "judge/packages/problem.h"

namespace judge::checkers {

// `source` is a .cpp/.cc file (compiled alone), or a folder: with a `build` and/or `run`
// script (Kattis; `build` runs once in a cached copy, `run` is the program), else every C++
// source in it compiled together. The folder of the source and `include_dirs` are on the -I path.
// `display` names the program in messages ("checker/checker.cpp").
struct AuthorProgram {
  std::filesystem::path executable;
  std::string display;
};
// A Kattis `run` script (it may exec other programs), not a compiled program.
bool IsRunScript(const AuthorProgram& program);

Result<AuthorProgram> BuildAuthorProgram(const std::filesystem::path& source,
                                         const std::vector<std::filesystem::path>& include_dirs,
                                         std::string_view display, const std::filesystem::path& home);

struct ExternalResult {
  enum class Outcome { kAccepted, kRejected, kPartial, kFailed };
  Outcome outcome = Outcome::kFailed;
  double score = 0;     // kPartial: the checker's points (testlib quitp), as printed
  std::string message;  // the checker's first line (capped), or what went wrong with it
};

// Runs a custom checker on one case. `output_file` holds the candidate's output; `scratch` is
// an empty folder the checker may use (the Kattis feedback_dir is created inside it).
ExternalResult RunChecker(const AuthorProgram& checker, Protocol protocol, const std::vector<std::string>& flags,
                          const std::filesystem::path& input, const std::filesystem::path& answer,
                          const std::filesystem::path& output_file, const std::filesystem::path& scratch,
                          std::chrono::milliseconds timeout);

// Runs an input validator on one input: kAccepted (valid), kRejected (with its message), or
// kFailed (it crashed or timed out). kKattis validators get the input on stdin and exit 42/43;
// kPlain ones exit 0 for valid, anything else for invalid. An input inside `package_root` is
// opened beneath it (package_dir.h OpenPackageFile), so a case swapped for a link after loading
// is not followed; an empty root opens `input` as is (a generated input in the judge's cache).
ExternalResult RunInputValidator(const AuthorProgram& validator, Protocol protocol,
                                 const std::vector<std::string>& flags, const std::filesystem::path& input,
                                 std::chrono::milliseconds timeout, const std::filesystem::path& package_root = {});

// The parsers of the protocols, exposed for tests. `exit_code` -1: killed by a signal.
ExternalResult InterpretKattis(std::string_view display, int exit_code, bool timed_out,
                               std::string_view judgemessage, std::string_view stderr_text);
ExternalResult InterpretTestlib(std::string_view display, int exit_code, bool timed_out,
                                std::string_view stdout_text, std::string_view stderr_text);

// First non-empty line of `text`, trimmed and cut to `limit` bytes ("..." appended when cut).
std::string FirstLine(std::string_view text, size_t limit = 200);

}  // namespace judge::checkers
