#include "judge/run/verdict.h"

#include <fmt/format.h>

#include <csignal>
#include <cstring>

namespace judge {

const char* VerdictCode(Verdict v) {
  switch (v) {
    case Verdict::kAccepted: return "AC";
    case Verdict::kPartial: return "PAC";
    case Verdict::kWrongAnswer: return "WA";
    case Verdict::kTimeLimit: return "TLE";
    case Verdict::kMemoryLimit: return "MLE";
    case Verdict::kOutputLimit: return "OLE";
    case Verdict::kRuntimeError: return "RE";
    case Verdict::kCompileError: return "CE";
    case Verdict::kJudgeError: return "JE";
  }
  return "JE";
}

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kAccepted: return "accepted";
    case Verdict::kPartial: return "partially accepted";
    case Verdict::kWrongAnswer: return "wrong answer";
    case Verdict::kTimeLimit: return "time limit exceeded";
    case Verdict::kMemoryLimit: return "memory limit exceeded";
    case Verdict::kOutputLimit: return "output limit exceeded";
    case Verdict::kRuntimeError: return "runtime error";
    case Verdict::kCompileError: return "compile error";
    case Verdict::kJudgeError: return "judge error";
  }
  return "judge error";
}

std::optional<Verdict> ParseVerdictCode(std::string_view code) {
  for (Verdict v : {Verdict::kAccepted, Verdict::kPartial, Verdict::kWrongAnswer, Verdict::kTimeLimit,
                    Verdict::kMemoryLimit, Verdict::kOutputLimit, Verdict::kRuntimeError,
                    Verdict::kCompileError, Verdict::kJudgeError})
    if (code == VerdictCode(v)) return v;
  return std::nullopt;
}

int Precedence(Verdict v) {
  switch (v) {
    case Verdict::kJudgeError: return 8;
    case Verdict::kCompileError: return 7;
    case Verdict::kTimeLimit: return 6;
    case Verdict::kMemoryLimit: return 5;
    case Verdict::kOutputLimit: return 4;
    case Verdict::kRuntimeError: return 3;
    case Verdict::kWrongAnswer: return 2;
    case Verdict::kPartial: return 1;
    case Verdict::kAccepted: return 0;
  }
  return 8;
}

std::string SignalName(int signal) {
  switch (signal) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGSYS: return "SIGSYS";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGPIPE: return "SIGPIPE";
    case SIGTERM: return "SIGTERM";
    case SIGTRAP: return "SIGTRAP";
    case SIGINT: return "SIGINT";
    case SIGHUP: return "SIGHUP";
    case SIGALRM: return "SIGALRM";
    case SIGUSR1: return "SIGUSR1";
    case SIGUSR2: return "SIGUSR2";
    default: return fmt::format("signal {}", signal);
  }
}

RunVerdict Classify(const sandbox::RunResult& run, const Limits& limits) {
  using sandbox::Termination;
  const auto cpu_ms = std::chrono::duration_cast<std::chrono::milliseconds>(run.cpu_time);
  // The judge's own kill decisions first, in precedence order; then CPU measured over the
  // limit even if the program managed to exit (the poller ticks, the limit is exact).
  switch (run.termination) {
    case Termination::kCpuTime:
      return {Verdict::kTimeLimit, fmt::format("CPU time limit {} ms exceeded", limits.time_limit.count())};
    case Termination::kWallTime:
      return {Verdict::kTimeLimit,
              fmt::format("wall time limit {} ms exceeded (CPU {} ms: waiting, sleeping or blocked)",
                          limits.wall_time_limit.count(), cpu_ms.count())};
    default: break;
  }
  if (cpu_ms > limits.time_limit)
    return {Verdict::kTimeLimit, fmt::format("CPU time limit {} ms exceeded", limits.time_limit.count())};
  switch (run.termination) {
    case Termination::kMemory:
      return {Verdict::kMemoryLimit, fmt::format("memory limit {} MiB exceeded", limits.memory_bytes >> 20)};
    case Termination::kOutput:
      return {Verdict::kOutputLimit, fmt::format("output limit {} MiB exceeded", limits.output_bytes >> 20)};
    case Termination::kBlockedSyscall:
      return {Verdict::kRuntimeError, fmt::format("blocked system call: {}", run.blocked_syscall.empty()
                                                                               ? std::string("unknown")
                                                                               : run.blocked_syscall)};
    case Termination::kSignaled:
      return {Verdict::kRuntimeError, fmt::format("killed by {}", SignalName(run.signal))};
    case Termination::kExited:
      if (run.exit_code != 0) return {Verdict::kRuntimeError, fmt::format("exit code {}", run.exit_code)};
      // Truncated output (Limits::truncate_output): the time limit and a crash came first, as
      // in DOMjudge's testcase_run.sh.
      if (run.stdout_truncated)
        return {Verdict::kOutputLimit, fmt::format("output limit {} MiB exceeded (the output was cut there)",
                                                   limits.output_bytes >> 20)};
      return {Verdict::kAccepted, ""};
    default: break;
  }
  return {Verdict::kJudgeError, "unknown termination"};
}

}  // namespace judge
