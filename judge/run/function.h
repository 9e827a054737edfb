// Function-signature problems (kind = "function", LeetCode style): the candidate writes only a
// function or class; the package's harness main reads a case on stdin, calls it and prints the
// result. Both the harness and the header that declares the candidate's code are compiled
// together with the candidate's file in the compile box (compiler.h CompanionFile), so compile
// errors name the candidate's own file and lines and the binary cache key covers all three.
#pragma once

#include <string>

#include "judge/run/compiler.h"
#include "judge/packages/problem.h"

namespace judge {

// The source to compile for `problem`: `source` itself for a stdio or interactive problem;
// for a function problem, `source` with the harness and header as companions (read from the
// package); for a distributed problem, `source` with the node library as "message.h".
// Idempotent: a source that already has companions is returned unchanged.
Result<SourceFile> WithHarness(const Problem& problem, SourceFile source);

// The header's text ("" when the problem is not a function problem), for `judge show`.
Result<std::string> FunctionSignature(const Problem& problem);

}  // namespace judge
