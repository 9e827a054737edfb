// Generated hidden cases: the problem's generator (trusted author code, built with the host
// g++) writes the input; the reference solution (compiled and run in the sandbox like any
// submission) writes the answer. Both are cached in $JUDGE_HOME/cache/tests keyed by hashes of
// everything that decides them, and written atomically: no half-written entries.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>

#include "judge/run/compiler.h"
#include "judge/packages/problem.h"
#include "judge/run/package_box.h"
#include "judge/run/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

// How the reference solution runs to make an answer: generous limits, because it defines the
// answer, not its speed on this machine. A distributed problem's limits are per node, and its
// reference reads the whole input alone.
sandbox::RunRequest ReferenceRequest(const Problem& problem, const std::filesystem::path& input);

// Whether that run made an answer: AC, or a clean exit past the CPU limit (slow, not wrong).
// Otherwise the verdict, classified against the limits the request really had.
std::optional<RunVerdict> ReferenceFailure(const sandbox::RunResult& run, const sandbox::RunRequest& request,
                                          const Problem& problem);

// Runs a built generator in a package box of its own (judge/run/package_box.h) with `args`,
// its stdout written to `output` (at most `output_bytes`).
Result<PackageRun> RunGenerator(const std::filesystem::path& binary, const std::vector<std::string>& args,
                                const std::filesystem::path& output, std::chrono::milliseconds wall,
                                uint64_t output_bytes);

class TestData {
 public:
  TestData(Builder& compiler, sandbox::Sandbox& sandbox, std::filesystem::path home)
      : compiler_(&compiler), sandbox_(&sandbox), home_(std::move(home)) {}

  // Fills input and answer of every generated case of `problem` (samples_only: only samples).
  // `progress` is told what is being built, for the live progress line.
  Result<void> Materialize(Problem& problem, bool samples_only,
                           const std::function<void(std::string_view)>& progress = {});

  // The executable of generators/<name>.cpp, built with g++ in a package box and cached in
  // $JUDGE_HOME/cache/gen; `key` receives the hash of compiler, flags and source.
  Result<std::filesystem::path> BuildGenerator(const Problem& problem, const std::string& name, std::string& key);

 private:
  Builder* compiler_;
  sandbox::Sandbox* sandbox_;
  std::filesystem::path home_;
};

}  // namespace judge
