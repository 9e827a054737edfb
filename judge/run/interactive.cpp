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
#include "sandbox/unique_fd.h"

extern char** environ;

namespace judge {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using sandbox::Pipe;
using sandbox::UniqueFd;

namespace {

struct Spawned {
  pid_t pid = -1;
  UniqueFd pidfd;
};

// posix_spawn (vfork semantics) with stdin/stdout on the pipe ends and stderr into a file.
Result<Spawned> SpawnInteractor(const checkers::AuthorProgram& program, const std::vector<std::string>& args,
                                int stdin_fd, int stdout_fd, const fs::path& stderr_file) {
  std::vector<std::string> argv_strings = {program.executable.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0);
  posix_spawn_file_actions_adddup2(&actions, stdout_fd, 1);
  posix_spawn_file_actions_addopen(&actions, 2, stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) return MakeError(ErrorKind::kInternal, fmt::format("cannot start {}: {}", program.display, std::strerror(rc)));
  Spawned s;
  s.pid = pid;
  s.pidfd.Reset(static_cast<int>(syscall(SYS_pidfd_open, pid, 0)));
  if (!s.pidfd) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return MakeError(ErrorKind::kInternal, fmt::format("pidfd_open: {}", std::strerror(errno)));
  }
  return s;
}

struct Waited {
  int status = 0;
  bool timed_out = false;
  Clock::time_point ended;
};

// Waits for `child` until `deadline`, then kills it; always reaps.
Waited WaitUntil(const Spawned& child, Clock::time_point deadline) {
  Waited w;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      w.timed_out = true;
      ::kill(child.pid, SIGKILL);
      break;
    }
    pollfd p{child.pidfd.get(), POLLIN, 0};
    const int n = ::poll(&p, 1, static_cast<int>(std::min<long>(left, 1000)));
    if (n > 0) break;
  }
  while (::waitpid(child.pid, &w.status, 0) < 0 && errno == EINTR) {
  }
  w.ended = Clock::now();
  return w;
}

}  // namespace

Result<InteractiveRun> RunInteractive(sandbox::Box& box, sandbox::RunRequest request,
                                      const checkers::AuthorProgram& interactor, const TestCase& tc,
                                      const fs::path& feedback_dir, std::chrono::milliseconds timeout) {
  Pipe to_solution, from_solution;
  if (!to_solution.Open() || !from_solution.Open())
    return MakeError(ErrorKind::kInternal, fmt::format("pipe: {}", std::strerror(errno)));
  const fs::path stderr_file = feedback_dir.parent_path() / "interactor.stderr";
  const auto start = Clock::now();
  auto child = SpawnInteractor(interactor, {tc.input.string(), tc.answer.string(), feedback_dir.string() + "/"},
                               from_solution.read.get(), to_solution.write.get(), stderr_file);
  if (!child) return child.error();
  // Only the interactor and the box may hold these ends, or neither side ever sees EOF.
  from_solution.read.Reset();
  to_solution.write.Reset();
  Waited waited;
  std::thread waiter([&] { waited = WaitUntil(*child, start + timeout); });

  request.stdin_path.clear();
  request.stdin_fd = to_solution.read.Release();    // Run owns and closes them
  request.stdout_fd = from_solution.write.Release();
  auto run = box.Run(request);
  const auto solution_ended = Clock::now();
  waiter.join();
  if (!run) return run.error();

  InteractiveRun r;
  r.solution = std::move(*run);
  // Box::Run notices the exit within a tick; an interactor that ended more than that before
  // Run returned ended first.
  r.interactor_first = waited.ended + std::chrono::milliseconds(20) < solution_ended;
  const int exit_code = WIFEXITED(waited.status) ? WEXITSTATUS(waited.status) : -1;
  r.interactor_killed_by_sigpipe = !waited.timed_out && WIFSIGNALED(waited.status) && WTERMSIG(waited.status) == SIGPIPE;
  auto judgemessage = ReadFile(feedback_dir / "judgemessage.txt", 1 << 20);
  auto stderr_text = ReadFile(stderr_file, 1 << 20);
  r.interactor = checkers::InterpretKattis(interactor.display, exit_code, waited.timed_out,
                                           judgemessage ? *judgemessage : std::string(),
                                           stderr_text ? *stderr_text : std::string());
  return r;
}

RunVerdict InteractiveVerdict(const InteractiveRun& run, const Limits& limits) {
  using Outcome = checkers::ExternalResult::Outcome;
  const RunVerdict own = Classify(run.solution, limits);
  // A solution killed by SIGPIPE wrote to a pipe whose only reader, the interactor, was gone: the
  // interactor ended first however close the two exits were (as Kattis: its 43 is the verdict).
  const bool sigpipe = run.solution.termination == sandbox::Termination::kSignaled && run.solution.signal == SIGPIPE;
  if (run.interactor_first || sigpipe) {
    if (run.interactor.outcome == Outcome::kRejected) return {Verdict::kWrongAnswer, run.interactor.message};
    if (run.interactor.outcome == Outcome::kAccepted) return own;
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
