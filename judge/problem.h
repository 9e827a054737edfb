// Value types of a problem package: Problem, TestCase, Limits, CheckerSpec. No behaviour.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/checkers/checker.h"
#include "sandbox/result.h"

namespace judge {

using sandbox::Error;
using sandbox::ErrorKind;
using sandbox::MakeError;
using sandbox::Result;

enum class Difficulty { kEasy, kMedium, kHard };
enum class ProblemKind { kStdio, kFunction, kInteractive, kDistributed };

const char* DifficultyName(Difficulty d);
const char* ProblemKindName(ProblemKind k);

struct Limits {
  std::chrono::milliseconds time_limit{1000};       // CPU per case
  std::chrono::milliseconds wall_time_limit{3000};  // default 2 x CPU + 1 s
  uint64_t memory_bytes = 256ull << 20;
  uint64_t output_bytes = 64ull << 20;
  uint32_t processes = 1;                           // processes + threads
};

struct CheckerSpec {
  enum class Type { kTokens, kFloat, kExact, kUnordered };
  Type type = Type::kTokens;
  checkers::TokenOptions tokens;  // kTokens and kFloat
};

const char* CheckerTypeName(CheckerSpec::Type t);

// A hidden case produced by a generator program of the package; see testdata.h.
struct GeneratedSpec {
  std::string generator;               // generators/<generator>.cpp
  std::vector<std::string> args;
};

struct TestCase {
  std::string name;                    // "sample/1", "secret/03-zipf-big", "secret/group/x"
  std::filesystem::path input;         // empty for a generated case until materialised
  std::filesystem::path answer;
  bool sample = false;
  std::optional<GeneratedSpec> generated;
};

struct Problem {
  std::string id;                      // folder name
  std::filesystem::path dir;
  std::string title;
  Difficulty difficulty = Difficulty::kMedium;
  std::vector<std::string> tags;
  ProblemKind kind = ProblemKind::kStdio;
  Limits limits;
  CheckerSpec checker;
  std::vector<TestCase> cases;         // test order: samples, then secret (committed, generated)
  std::filesystem::path reference;     // accepted solution that answers generated cases; may be empty
};

}  // namespace judge
