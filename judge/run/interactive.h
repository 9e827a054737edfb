// Interactive problems (kind = "interactive"): a trusted author program, the interactor, talks
// to the candidate's running program over two pipes (Kattis-style):
//
//   interactor input_file answer_file feedback_dir/   stdin  <- the solution's stdout
//                                                     stdout -> the solution's stdin
//
// The solution runs in the sandbox box as usual (RunRequest::stdin_fd / stdout_fd); the
// interactor is built with the host g++ and cached like a checker (check/external.h) and
// runs unsandboxed with a wall timeout. It exits 42 to accept and 43 to reject, with the
// reason in feedback_dir/judgemessage.txt.
#pragma once

#include <chrono>
#include <filesystem>

#include "judge/check/external.h"
#include "judge/packages/problem.h"
#include "judge/run/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

struct InteractiveRun {
  sandbox::RunResult solution;
  checkers::ExternalResult interactor;  // kAccepted (42), kRejected (43) or kFailed (anything else)
  bool interactor_killed_by_sigpipe = false;  // the solution closed its stdin while it still wrote
  bool interactor_first = false;              // the interactor ended before the solution did
};

// Runs one case: starts the interactor, runs `request` (argv and limits; its stdin/stdout are
// replaced by the pipes) in `box`, waits for the interactor up to `timeout` of wall time from
// the start (then kills it). `feedback_dir` must exist and be empty. Errors only when a process
// or pipe cannot be created.
Result<InteractiveRun> RunInteractive(sandbox::Box& box, sandbox::RunRequest request,
                                      const checkers::AuthorProgram& interactor, const TestCase& tc,
                                      const std::filesystem::path& feedback_dir, std::chrono::milliseconds timeout);

// The case's verdict, in this order:
//  - the interactor ended first: 43 -> WA (its message); 42 -> the solution's own verdict
//    (TLE/MLE/RE if its run was not clean, else AC); anything else -> JE;
//  - the solution ended first and its run was not clean (TLE, MLE, OLE, RE): that verdict;
//  - else the interactor decides: 42 -> AC, 43 -> WA, killed by SIGPIPE (the solution exited
//    while it was still being fed) -> WA, anything else (crash, timeout, other exit) -> JE.
RunVerdict InteractiveVerdict(const InteractiveRun& run, const Limits& limits);

}  // namespace judge
