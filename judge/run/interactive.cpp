// Why a thread: Box::Run blocks until the solution is gone, and the verdict depends on which
// side ended first (a solution that dies of SIGPIPE after the interactor rejected it got WA,
// not RE, as on Kattis). The waiter thread polls the interactor's pidfd, records when it
// exited and kills it at its deadline.
#include "judge/run/interactive.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include "judge/base/files.h"
#include "judge/run/package_box.h"
#include "sandbox/unique_fd.h"

extern char** environ;

namespace judge {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using sandbox::Pipe;
using sandbox::UniqueFd;

namespace {

struct Waited {
  Result<PackageRun> run = Error{};
  Clock::time_point ended;
};

// One direction of the relay: from `in` (read end) to `out` (write end, non-blocking), with
// what was read and not yet written in `pending`.
struct Direction {
  UniqueFd in, out;
  std::string pending;
  bool to_program = false;
  bool done() const { return !in && !out; }
  // The reader went away: drop what is pending and stop reading, so that the writer on the
  // other side gets SIGPIPE on its next write, as if the pipe were direct.
  void ReaderGone() {
    pending.clear();
    in.Reset();
    out.Reset();
  }
};

// Copies both directions until both are closed, recording them. Blocks SIGPIPE in this thread
// and consumes the one a write to a closed pipe raises (EPIPE is handled).
void Relay(Direction& a, Direction& b, Conversation& conversation) {
  sigset_t pipe_signal;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, nullptr);
  Direction* dirs[2] = {&a, &b};
  for (Direction* d : dirs) fcntl(d->out.get(), F_SETFL, fcntl(d->out.get(), F_GETFL) | O_NONBLOCK);
  char buf[1 << 16];
  while (!a.done() || !b.done()) {
    pollfd fds[4];
    for (int k = 0; k < 2; ++k) {
      Direction& d = *dirs[k];
      // Read only when nothing is pending: the pipe's own buffer is the back-pressure.
      fds[2 * k] = {d.in && d.pending.empty() ? d.in.get() : -1, POLLIN, 0};
      // POLLERR on a write end: its reader closed it, even with nothing to write.
      fds[2 * k + 1] = {d.out ? d.out.get() : -1, static_cast<short>(d.pending.empty() ? 0 : POLLOUT), 0};
    }
    if (::poll(fds, 4, 1000) < 0 && errno != EINTR) break;
    for (int k = 0; k < 2; ++k) {
      Direction& d = *dirs[k];
      if (fds[2 * k + 1].revents & (POLLERR | POLLHUP)) {
        d.ReaderGone();
        continue;
      }
      if (fds[2 * k].revents & (POLLIN | POLLHUP | POLLERR)) {
        const ssize_t n = ::read(d.in.get(), buf, sizeof buf);
        if (n > 0) {
          d.pending.assign(buf, static_cast<size_t>(n));
          conversation.Add(d.to_program, d.pending);
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
          d.in.Reset();  // end of file: pass it on once the rest is written
        }
      }
      while (!d.pending.empty() && d.out) {
        const ssize_t n = ::write(d.out.get(), d.pending.data(), d.pending.size());
        if (n > 0) {
          d.pending.erase(0, static_cast<size_t>(n));
        } else if (n < 0 && errno == EPIPE) {
          const timespec now{0, 0};
          sigtimedwait(&pipe_signal, nullptr, &now);
          d.ReaderGone();
        } else {
          break;  // EAGAIN: wait for POLLOUT
        }
      }
      if (!d.in && d.pending.empty()) d.out.Reset();
    }
  }
  conversation.Finish();
}

}  // namespace

void Conversation::Push(bool to_program, std::string text) {
  if (text.size() > kLineBytes) text = text.substr(0, kLineBytes) + "...";
  ++total_;
  if (head_.size() < kHead) {
    head_.push_back({to_program, std::move(text)});
    return;
  }
  tail_.push_back({to_program, std::move(text)});
  if (tail_.size() > kTail) tail_.pop_front();
}

void Conversation::Add(bool to_program, std::string_view bytes) {
  std::string& text = to_program ? sent_ : answered_;
  if (text.size() < kTextBytes) text.append(bytes.substr(0, kTextBytes - text.size()));
  std::string& partial = partial_[to_program ? 1 : 0];
  for (char c : bytes) {
    if (c == '\n') {
      if (!partial.empty() && partial.back() == '\r') partial.pop_back();
      Push(to_program, std::move(partial));
      partial.clear();
    } else if (partial.size() <= kLineBytes) {
      partial += c;
    }
  }
}

void Conversation::Finish() {
  for (int k : {1, 0}) {
    if (partial_[k].empty()) continue;
    Push(k == 1, partial_[k] + "  (no newline at the end)");
    partial_[k].clear();
  }
}

std::vector<Conversation::Line> Conversation::Shown() const {
  std::vector<Line> out(head_.begin(), head_.end());
  const size_t hidden = total_ - head_.size() - tail_.size();
  if (hidden > 0) out.push_back({false, fmt::format("... ({} lines not shown)", hidden), true});
  out.insert(out.end(), tail_.begin(), tail_.end());
  return out;
}

Result<InteractiveRun> RunInteractive(sandbox::Box& box, sandbox::RunRequest request,
                                      const checkers::AuthorProgram& interactor, const TestCase& tc,
                                      const fs::path& feedback_dir, std::chrono::milliseconds timeout, bool record) {
  Pipe to_solution, from_solution;
  if (!to_solution.Open() || !from_solution.Open())
    return MakeError(ErrorKind::kInternal, fmt::format("pipe: {}", std::strerror(errno)));
  // With a relay, the interactor gets pipes of its own and the judge copies between the pairs.
  Pipe to_interactor, from_interactor;
  if (record && (!to_interactor.Open() || !from_interactor.Open()))
    return MakeError(ErrorKind::kInternal, fmt::format("pipe: {}", std::strerror(errno)));
  const int interactor_in = record ? to_interactor.read.get() : from_solution.read.get();
  const int interactor_out = record ? from_interactor.write.get() : to_solution.write.get();
  // The interactor runs in a package box of its own (judge/run/package_box.h): its folder at
  // /prog, the case's files under /data, the feedback folder the only writable one.
  PackageRunSpec spec;
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, interactor.executable.parent_path().string(), "/prog", false, 0, 0});
  std::error_code ec;
  // A case without an answer file (the interactor computes the answers) gets an empty one.
  const fs::path empty = feedback_dir.parent_path() / "empty";
  for (const auto& [host, target] : {std::pair{tc.input, "/data/input"}, std::pair{tc.answer, "/data/answer"}}) {
    fs::path source = host;
    if (!fs::is_regular_file(host, ec)) {
      if (auto w = WriteFileAtomic(empty, ""); !w) return w.error();
      source = empty;
    }
    spec.mounts.push_back({sandbox::Mount::Kind::kBind, source.string(), target, false, 0, 0});
  }
  fs::permissions(feedback_dir, fs::perms::all, ec);  // the box's identity writes there
  spec.mounts.push_back({sandbox::Mount::Kind::kBind, feedback_dir.string(), "/feedback", true, 0, 0});
  spec.program = "/prog/" + interactor.executable.filename().string();
  spec.args = {"/data/input", "/data/answer", "/feedback/"};
  spec.workdir = "/prog";
  if (checkers::IsRunScript(interactor)) spec.seccomp = sandbox::SeccompProfile::kScript;
  spec.limits = CheckerLimits(timeout, timeout);
  // Its own ends of the pipes: it owns them (closed once they are in its box).
  spec.stdin_fd = ::fcntl(interactor_in, F_DUPFD_CLOEXEC, 3);
  spec.stdout_fd = ::fcntl(interactor_out, F_DUPFD_CLOEXEC, 3);
  if (spec.stdin_fd < 0 || spec.stdout_fd < 0) {
    if (spec.stdin_fd >= 0) ::close(spec.stdin_fd);
    if (spec.stdout_fd >= 0) ::close(spec.stdout_fd);
    return MakeError(ErrorKind::kInternal, fmt::format("dup: {}", std::strerror(errno)));
  }
  // The copies above are the interactor's; the originals must go, or nobody sees EOF.
  if (record) {
    to_interactor.read.Reset();
    from_interactor.write.Reset();
  } else {
    from_solution.read.Reset();
    to_solution.write.Reset();
  }
  Waited waited;
  std::thread waiter([&] {
    waited.run = RunPackageProgram(spec);
    waited.ended = Clock::now();
  });
  InteractiveRun r;
  std::thread relay;
  Direction program_in, program_out;
  if (record) {
    program_in.in = std::move(from_interactor.read);
    program_in.out = std::move(to_solution.write);
    program_in.to_program = true;
    program_out.in = std::move(from_solution.read);
    program_out.out = std::move(to_interactor.write);
    r.conversation.emplace();
    relay = std::thread([&] { Relay(program_in, program_out, *r.conversation); });
  }

  request.stdin_path.clear();
  request.stdin_fd = to_solution.read.Release();    // Run owns and closes them
  request.stdout_fd = from_solution.write.Release();
  auto run = box.Run(request);
  const auto solution_ended = Clock::now();
  waiter.join();
  if (relay.joinable()) relay.join();  // both sides are gone: every pipe end has closed
  if (!run) return run.error();

  if (!waited.run) return waited.run.error();
  r.solution = std::move(*run);
  // Box::Run notices an exit within a tick (both boxes alike); an interactor that ended more
  // than that before the solution's Run returned ended first.
  r.interactor_first = waited.ended + std::chrono::milliseconds(20) < solution_ended;
  const PackageRun& ran = *waited.run;
  r.interactor_killed_by_sigpipe = ran.killed_by_sigpipe;
  const std::string judgemessage = ReadBoxFile(feedback_dir, "judgemessage.txt", 1 << 20);
  r.interactor = checkers::InterpretKattis(interactor.display, ran.exit_code, ran.timed_out, judgemessage, ran.errors);
  if (r.interactor.outcome == checkers::ExternalResult::Outcome::kFailed && !ran.timed_out && ran.exit_code < 0 &&
      !ran.ended.empty() && !ran.killed_by_sigpipe) {
    const std::string detail = checkers::FirstLine(ran.errors);
    r.interactor.message = fmt::format("{} {}{}", interactor.display, ran.ended, detail.empty() ? "" : ": " + detail);
  }
  return r;
}

namespace {

// A solution killed by SIGPIPE wrote to a pipe whose only reader, the interactor, was gone: the
// interactor ended first however close the two exits were (as Kattis: its 43 is the verdict).
bool InteractorEndedFirst(const InteractiveRun& run) {
  const bool sigpipe = run.solution.termination == sandbox::Termination::kSignaled && run.solution.signal == SIGPIPE;
  return run.interactor_first || sigpipe;
}

}  // namespace

bool RejectedFirst(const InteractiveRun& run) {
  return InteractorEndedFirst(run) && run.interactor.outcome == checkers::ExternalResult::Outcome::kRejected;
}

RunVerdict InteractiveVerdict(const InteractiveRun& run, const Limits& limits) {
  using Outcome = checkers::ExternalResult::Outcome;
  RunVerdict own = Classify(run.solution, limits);
  // A wall-time TLE with almost no CPU: the program waited. On an interactive problem that is
  // nearly always an answer left in its output buffer, or a read of input that never comes.
  const auto cpu_ms = std::chrono::duration_cast<std::chrono::milliseconds>(run.solution.cpu_time).count();
  if (run.solution.termination == sandbox::Termination::kWallTime &&
      cpu_ms * 20 < limits.wall_time_limit.count())
    own.message += "; with almost no CPU used, your program was probably waiting: for an answer it printed but did "
                   "not flush (flush after every answer: std::endl or fflush(stdout)), or for input that never comes";
  if (InteractorEndedFirst(run)) {
    if (run.interactor.outcome == Outcome::kRejected) return {Verdict::kWrongAnswer, run.interactor.message};
    // An accepted run says what the interactor said ("20 queries answered"), as below.
    if (run.interactor.outcome == Outcome::kAccepted)
      return own.verdict == Verdict::kAccepted ? RunVerdict{Verdict::kAccepted, run.interactor.message} : own;
    return {Verdict::kJudgeError, run.interactor.message};
  }
  if (own.verdict != Verdict::kAccepted) return own;
  if (run.interactor.outcome == Outcome::kAccepted) return {Verdict::kAccepted, run.interactor.message};
  if (run.interactor.outcome == Outcome::kRejected) return {Verdict::kWrongAnswer, run.interactor.message};
  if (run.interactor_killed_by_sigpipe)
    return {Verdict::kWrongAnswer, "the program exited while the interactor was still writing to it"};
  return {Verdict::kJudgeError, run.interactor.message};
}

}  // namespace judge
