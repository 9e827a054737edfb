// Interactive problems (kind = "interactive"): a trusted author program, the interactor, talks
// to the candidate's running program over two pipes (Kattis-style):
//
//   interactor input_file answer_file feedback_dir/   stdin  <- the solution's stdout
//                                                     stdout -> the solution's stdin
//
// The solution runs in the sandbox box as usual (RunRequest::stdin_fd / stdout_fd); the
// interactor is built and cached like a checker (checkers/external.h) and runs in a package box
// of its own (package_box.h) with the pipe ends as its stdin and stdout, the input and answer
// read-only at /data/input and /data/answer, the feedback folder writable at /feedback, and a
// wall limit of `timeout`. It exits 42 to accept and 43 to reject, with the reason in
// feedback_dir/judgemessage.txt.
#pragma once

#include <chrono>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/check/external.h"
#include "judge/packages/problem.h"
#include "judge/run/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

// The exchange of one case as the solution saw it: the lines it was sent and the lines it wrote,
// in the order the judge relayed them. Bounded: the first kHead and the last kTail lines, each
// cut at kLineBytes, and the first kTextBytes of each direction in full.
class Conversation {
 public:
  static constexpr size_t kHead = 40, kTail = 30, kLineBytes = 200, kTextBytes = 1 << 20;
  struct Line {
    bool to_program = false;  // sent by the interactor to the program
    std::string text;
    bool gap = false;         // not a line: "... (N lines not shown)" between head and tail
  };

  // Bytes that went one way; split into lines, a partial line waits for its end.
  void Add(bool to_program, std::string_view bytes);
  // Ends the partial lines of both directions (at the end of the case).
  void Finish();

  // The kept lines in order, with a gap line "... (N lines not shown)" between head and tail.
  std::vector<Line> Shown() const;
  size_t total_lines() const { return total_; }
  const std::string& sent() const { return sent_; }          // what the program received
  const std::string& answered() const { return answered_; }  // what the program wrote

 private:
  void Push(bool to_program, std::string text);
  std::vector<Line> head_;
  std::deque<Line> tail_;
  size_t total_ = 0;
  std::string partial_[2];  // [to_program]
  std::string sent_, answered_;
};

struct InteractiveRun {
  sandbox::RunResult solution;
  checkers::ExternalResult interactor;  // kAccepted (42), kRejected (43) or kFailed (anything else)
  bool interactor_killed_by_sigpipe = false;  // the solution closed its stdin while it still wrote
  bool interactor_first = false;              // the interactor ended before the solution did
  std::optional<Conversation> conversation;   // with `record`: what went each way
};

// Runs one case: starts the interactor, runs `request` (argv and limits; its stdin/stdout are
// replaced by the pipes) in `box`, waits for the interactor up to `timeout` of wall time from
// the start (then kills it). `feedback_dir` must exist and be empty. Errors only when a process
// or pipe cannot be created.
// With `record` (judge test) the judge sits between the two: a relay thread copies each
// direction from one pipe to the other and keeps a Conversation. Either side still sees the
// other end: end of file when the other side closed, SIGPIPE when it wrote to a side that had
// gone. Without it the two are connected directly, as on Kattis.
Result<InteractiveRun> RunInteractive(sandbox::Box& box, sandbox::RunRequest request,
                                      const checkers::AuthorProgram& interactor, const TestCase& tc,
                                      const std::filesystem::path& feedback_dir, std::chrono::milliseconds timeout,
                                      bool record = false);

// The case's verdict, in this order:
//  - the interactor ended first: 43 -> WA (its message); 42 -> the solution's own verdict
//    (TLE/MLE/RE if its run was not clean, else AC); anything else -> JE;
//  - the solution ended first and its run was not clean (TLE, MLE, OLE, RE): that verdict;
//  - else the interactor decides: 42 -> AC, 43 -> WA, killed by SIGPIPE (the solution exited
//    while it was still being fed) -> WA, anything else (crash, timeout, other exit) -> JE.
// A solution that waited out the wall limit with almost no CPU gets the likely cause in its
// message: output not flushed, or waiting for input that never comes.
RunVerdict InteractiveVerdict(const InteractiveRun& run, const Limits& limits);

// The interactor ended first and rejected (the first rule above): a WA that no time limit
// changes, since the solution's later time or crash came after the verdict (problemtools'
// validator_first, DOMjudge's "validator exited first with WA").
bool RejectedFirst(const InteractiveRun& run);

}  // namespace judge
