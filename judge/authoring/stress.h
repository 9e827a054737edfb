// `judge stress`: small random inputs from the package's generator, each answered by the
// reference and by the candidate in the sandbox and checked with the problem's checker, until
// the candidate fails one; then that input is shrunk (a smaller --n, then fewer lines, then
// fewer tokens) while the candidate keeps failing the same way (the same verdict). Prints
// nothing.
//
// A shrink step is kept only when the input stays acceptable: the package's input validators
// accept it, or, without a validator, the reference still answers it cleanly (exit 0, some
// output); the first line and single tokens are then left alone. Without a validator a shrunk input may therefore break
// the statement's constraints; StressResult::validated says which rule applied.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/run/compiler.h"
#include "judge/packages/problem.h"
#include "judge/packages/testdata.h"
#include "judge/run/verdict.h"

namespace judge {

struct StressOptions {
  std::filesystem::path reference;  // empty: problem.reference, else the first submissions/accepted/*.cpp
  std::string generator;            // empty: the generator of the first [[generated]] case
  int iterations = 500;             // inputs generated at most
  std::chrono::milliseconds time_budget{60'000};  // of the search; the shrink has its own budget
  std::uint64_t seed = 1;           // try i uses seed + i
  int min_n = 1;                    // try i uses --n min_n + i % (max_n - min_n + 1)
  int max_n = 10;
  int shrink_runs = 200;            // evaluated inputs while shrinking, at most
  std::chrono::milliseconds shrink_budget{60'000};
  bool allow_unsandboxed = false;
  std::function<void(std::string_view)> progress;
  std::function<bool()> interrupted;
};

// The input the candidate failed on, after shrinking.
struct StressFailure {
  std::uint64_t seed = 0;                   // the try that found it
  int n = 0;
  std::vector<std::string> generator_args;  // that try's generator arguments
  std::uint64_t shrunk_seed = 0;            // the generated input the shrink started from
  int shrunk_n = 0;                         //   (a smaller --n when one still failed)
  size_t original_lines = 0;                // lines of the input as found
  std::string input;                        // shrunk
  std::string expected;                     // the reference's output on `input`
  std::string actual;                       // the candidate's output on `input`
  std::string stderr_text;                  // the candidate's stderr on `input`
  Verdict verdict = Verdict::kWrongAnswer;
  std::string message;                      // the checker's or the run's message
  int shrink_runs = 0;
};

struct StressResult {
  std::string problem;
  std::string candidate;  // labels for people: file names
  std::string reference;
  std::string generator;  // "gen" for generators/gen.cpp
  int tries = 0;          // inputs judged
  int skipped = 0;        // generated inputs the validator rejected (not judged)
  bool validated = false; // the package has input validators: shrink steps were validated
  double seconds = 0;
  std::uint64_t first_seed = 0;
  int min_n = 0, max_n = 0;
  bool compiled = true;   // false: the candidate does not compile (compile_log)
  std::string compile_log;
  std::optional<StressFailure> failure;
  std::vector<std::string> accuracy;  // notes of the measurement fallbacks used (run/accuracy.h)
};

// The generator's arguments for one try: `base` (a [[generated]] case's args) with the values
// of --n and --seed replaced, or appended when absent.
std::vector<std::string> StressGeneratorArgs(std::vector<std::string> base, int n, std::uint64_t seed);

// Runs the search and the shrink. Candidate failures (CE, a failing input) are in the result;
// errors: kUsage (no reference, no generator, an unsupported problem kind), kBadPackage (the
// reference does not compile), kInternal (a generator, the reference or a checker
// misbehaved; the message names the program and the input), kInterrupted.
Result<StressResult> RunStress(sandbox::Sandbox& sandbox, Builder& compiler, TestData& testdata,
                               const std::filesystem::path& home, const Problem& problem, const SourceFile& candidate,
                               const StressOptions& options);

// Writes the failure's input and the reference's answer as data/secret/stress-<k>.in/.ans
// (the first k with no such .in or .ans), each atomically, the answer first. Returns the
// path of the .in file.
Result<std::filesystem::path> SaveStressCase(const Problem& problem, const StressFailure& failure);

// For people. `reproduce` is the command line that finds the same input again; `saved` the
// written .in file (empty: none).
std::string RenderStressText(const StressResult& r, const std::string& reproduce, const std::filesystem::path& saved);

// Schema 1: problem, found, tries, seed, n, input, expected, actual, verdict, message, saved,
// plus the details (reference, generator, shrink).
nlohmann::json RenderStressJson(const StressResult& r, const std::string& reproduce,
                                const std::filesystem::path& saved);

}  // namespace judge
