// Function-signature problems (kind = "function", LeetCode style): the candidate writes only a
// function or class; the package's harness main reads a case on stdin, calls it and prints the
// result. Both the harness and the header that declares the candidate's code are compiled
// together with the candidate's file in the compile box (compiler.h CompanionFile), so compile
// errors name the candidate's own file and lines and the binary cache key covers all three.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "judge/run/compiler.h"
#include "judge/packages/problem.h"

namespace judge {

// The source to compile for `problem`: `source` itself for a stdio or interactive problem;
// for a function problem, `source` with the harness and header as companions (read from the
// package); for a distributed problem, `source` with the node library as "message.h".
// A stdio problem that also offers the function or class form (a [function] table beside
// kind = "stdio") gets the companions only when `source` does not define main (DefinesMain).
// Idempotent: a source that already has companions is returned unchanged.
Result<SourceFile> WithHarness(const Problem& problem, SourceFile source);

// The header's text ("" when the problem offers no function or class form), for `judge show`.
Result<std::string> FunctionSignature(const Problem& problem);

// The ways a candidate may write a solution: a whole program (stdin to stdout), a free function
// or a class (through a factory function) that the package's harness drives.
enum class Form { kStdio, kFunction, kClass };
const char* FormName(Form form);  // "stdio", "function", "class"

// Whether C++ `source` defines the global main: an identifier `main` at namespace scope (outside
// every brace) followed by a parameter list that is not the end of a mere declaration
// (`int main();`). Comments, string and character literals (raw strings too) and preprocessor
// lines are skipped, so a main in a comment, a string, a class or a call does not count.
bool DefinesMain(std::string_view source);

// The forms `problem` offers, stdio first: {stdio} for a plain stdio problem, {function} or
// {class} for kind = "function", {stdio, function|class} for a stdio problem with a [function]
// table, {} for interactive and distributed problems (their own protocols). Function or class:
// whether the header declares a class for the candidate to implement, with pure virtual methods
// to override or members to define (an unreadable header counts as function).
std::vector<Form> ProblemForms(const Problem& problem);
std::string FormsName(const std::vector<Form>& forms);  // "stdio+class"

// The form `source` is judged in on `problem`: the function or class form for kind =
// "function"; for a stdio problem that offers one, that form unless `source` defines main.
Form SubmissionForm(const Problem& problem, std::string_view source);

// A function problem whose link failed because the candidate's file does not define what the
// harness calls ("undefined reference to `PrecisionRecallAtK(...)'"): a few lines for people
// that name each missing function, show the header's declaration of it and the candidate's
// definitions of the same name, and say to make them match. `program` is WithHarness's
// result (the candidate's file plus the header). "" when the log has no such reference.
std::string ExplainUndefinedReferences(const SourceFile& program, std::string_view compile_log,
                                       std::string_view problem_id);

}  // namespace judge
