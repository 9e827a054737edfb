// Value types of a problem package: Problem, TestCase, Limits, CheckerSpec. No behaviour.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/check/checker.h"
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
  bool cap_address_space = false;  // Kattis packages: memory also caps the address space (problemtools)
  // Kattis packages: output past output_bytes is cut and the program runs on (DOMjudge), so a
  // program that prints without end gets TLE; OLE only when it ends cleanly (verdict.h).
  bool truncate_output = false;
  // The largest compiled program; 0: the compiler's own cap (Compiler::kBinaryBytes). Kattis
  // packages: 1 GiB, since problemtools does not limit the compile (a 512 MiB initialised
  // array compiles there) and DOMjudge allows 2.5 GiB (script_filesize).
  uint64_t binary_bytes = 0;
};

// How an author program (checker, validator) reports its answer.
//   kKattis:  checker `prog input answer feedback_dir [flags] < output`, exit 42 accept, 43
//             reject, judgemessage.txt in feedback_dir is the message; input validator exit 42.
//   kTestlib: checker `prog input output answer`, exit 0 OK, 1 WA, 2 PE, 3 fail, 7 points.
//   kPlain:   input validator reading the input on stdin, exit 0 valid.
enum class Protocol { kKattis, kTestlib, kPlain };
const char* ProtocolName(Protocol p);

struct CheckerSpec {
  enum class Type { kTokens, kFloat, kExact, kUnordered, kCustom };
  Type type = Type::kTokens;
  checkers::TokenOptions tokens;  // kTokens and kFloat
  // kCustom: trusted author code built with the host g++ (see checkers/external.h).
  std::filesystem::path program;  // a C++ file, or a folder of C++ sources or build/run scripts
  Protocol protocol = Protocol::kKattis;
  std::vector<std::string> flags; // passed after the protocol's arguments (Kattis validator_flags)
  std::chrono::milliseconds timeout{30'000};
};

// An input validator: every case's input must pass it (judge verify).
struct ValidatorSpec {
  std::filesystem::path program;  // as CheckerSpec::program
  Protocol protocol = Protocol::kPlain;
  std::vector<std::string> flags;
};

const char* CheckerTypeName(CheckerSpec::Type t);

// kind = "function": the candidate writes only a function or class; the package's harness
// (a main that reads a case on stdin, calls it and prints the result) and the header that
// declares it are compiled together with the candidate's file (see judge/run/function.h).
// Beside kind = "stdio" the same table offers this form too: a file without main is judged
// with the harness, a file that defines main as a program.
struct FunctionSpec {
  std::filesystem::path header;   // [function] header, e.g. <dir>/harness/solution.h
  std::filesystem::path harness;  // [function] harness, e.g. <dir>/harness/main.cpp
};

// kind = "interactive": a trusted author program talks to the solution over two pipes
// (see judge/run/interactive.h).
struct InteractorSpec {
  std::filesystem::path program;  // as CheckerSpec::program
  std::chrono::milliseconds timeout{0};  // wall limit of the interactor; 0: the case's wall limit + 5 s
};

// kind = "distributed": the candidate's program runs as `nodes` communicating nodes, each in
// its own box with the problem's limits, each reading its shard of the case's input on stdin
// and talking through the judge (judge/run/distributed.h, the node library judge/run/runtime/message.h).
struct DistributedSpec {
  enum class Split { kContiguous, kRoundRobin, kBroadcast };
  enum class Output { kNode0, kConcat };
  int nodes = 4;
  Split split = Split::kContiguous;
  int header_lines = 0;                      // the first lines go to every node, before its shard
  Output output = Output::kNode0;            // whose stdout is the answer
  uint64_t max_messages = 1000;              // per node, sent
  uint64_t max_send_bytes = 16ull << 20;     // per node, sent (payload bytes)
  uint64_t max_receive_bytes = UINT64_MAX;   // per node, sent to it by the others (payload bytes)
};

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
  // Kattis testdata.yaml of the case's group: the default output validator's options when the
  // group's flags change them, extra custom-checker flags, extra input-validator flags.
  std::optional<checkers::TokenOptions> tokens;
  std::vector<std::string> checker_flags;
  std::vector<std::string> validator_flags;
};

// Where a package's time limit comes from; kDerived: from the slowest accepted submission on
// this machine (judge verify), cached in $JUDGE_HOME.
enum class TimeLimitSource { kPackage, kDerived };

// Kattis timing knobs (problem.yaml limits); native packages use the defaults.
struct TimeMultipliers {
  double ac_to_time_limit = 2.0;   // legacy: time_multiplier
  double time_limit_to_tle = 1.5;  // legacy: time_safety_margin
};

struct Problem {
  std::string id;                      // folder name
  std::filesystem::path dir;
  std::string title;
  Difficulty difficulty = Difficulty::kMedium;
  std::vector<std::string> tags;
  ProblemKind kind = ProblemKind::kStdio;
  std::optional<FunctionSpec> function;       // set when kind == kFunction, or kStdio with a [function] table
  std::optional<InteractorSpec> interactor;   // set when kind == kInteractive
  std::optional<DistributedSpec> distributed; // set when kind == kDistributed
  Limits limits;
  CheckerSpec checker;
  std::vector<TestCase> cases;         // test order: samples, then secret (committed, generated)
  std::filesystem::path reference;     // accepted solution that answers generated cases; may be empty
  // Package format: "native", or the Kattis problem_format_version ("legacy", "2023-07-draft",
  // "2025-09").
  std::string format = "native";
  TimeLimitSource time_limit_source = TimeLimitSource::kPackage;
  std::string time_limit_origin = "problem.toml";  // for people: "problem.yaml", ".timelimit", ...
  TimeMultipliers multipliers;
  std::vector<ValidatorSpec> validators;
  int skipped_validators = 0;  // input validators the loader cannot run (not C++); each has a warning
  std::vector<std::filesystem::path> include_dirs;  // extra -I for author programs (Kattis include/)
  std::vector<std::string> warnings;   // accepted but worth saying (ignored problem.yaml keys)
};

}  // namespace judge
