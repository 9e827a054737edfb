// Verdicts and their precedence (CONTRACT.md): JE > TLE > MLE > OLE > RE > WA > AC.
#pragma once

#include <optional>
#include <string>

#include "judge/packages/problem.h"
#include "sandbox/sandbox.h"

namespace judge {

enum class Verdict { kAccepted, kPartial, kWrongAnswer, kTimeLimit, kMemoryLimit, kOutputLimit,
                     kRuntimeError, kCompileError, kJudgeError };

const char* VerdictCode(Verdict v);   // "AC", "WA", ...
const char* VerdictName(Verdict v);   // "accepted", "wrong answer", ...
std::optional<Verdict> ParseVerdictCode(std::string_view code);

// Higher wins within one case.
int Precedence(Verdict v);

// What the run alone says (before any checker): AC means "ran cleanly, check the output". A
// run whose output was truncated (Limits::truncate_output) is TLE, MLE or RE if it was that,
// and OLE only if it then exited with 0.
struct RunVerdict {
  Verdict verdict = Verdict::kAccepted;
  std::string message;  // "CPU time limit 1000 ms exceeded", "killed by SIGSEGV", ...
};
RunVerdict Classify(const sandbox::RunResult& run, const Limits& limits);

std::string SignalName(int signal);  // "SIGSEGV"

}  // namespace judge
