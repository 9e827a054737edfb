// How much slower this machine is than the reference machine, for judge verify to scale a
// Kattis package's explicit time limit, which was set on the contest's hardware.
//
// The measure: a fixed workload of what contest solutions spend their time on (sorting,
// hashing, pointer chasing, a small DP; about 250 ms of CPU) is compiled with the judge's flags
// and run in the sandbox like a submission. The best CPU time it ever took on this machine is
// kept in $JUDGE_HOME/cache/speed/speed.json (per CPU model, CpuFingerprint()), and every measure adds
// a few runs: a moment of load never raises the figure, and the figure only improves.
#pragma once

#include <chrono>
#include <filesystem>

#include "judge/run/judge.h"

namespace judge {

// The workload's CPU time on the reference machine: the best of 21 runs (202 ms, under a load
// average of 15) on a Zen 4 EPYC core of the project's dev VM (performance-limits.md), with the
// judge's compile flags, rounded down.
inline constexpr double kSpeedReferenceMs = 200;

struct MachineSpeed {
  double best_ms = 0;  // the workload's best CPU time on this machine
  int runs = 0;        // how many runs that best is over
  double factor = 1;   // SpeedFactor(best_ms)
};

// The factor an explicit time limit is multiplied by: best_ms / kSpeedReferenceMs, but 1 below
// 1.1 (the noise of a CPU-bound run between machines of one kind: never tighten, never move a
// limit for a few percent) and at most 4 (a machine that much slower cannot judge honestly).
double SpeedFactor(double best_ms);

// Runs the workload `runs` more times (compiling it on first use, cached like any solution),
// updates the cache and returns the machine's speed.
Result<MachineSpeed> MeasureMachineSpeed(Judge& judge, const std::filesystem::path& home, bool allow_unsandboxed,
                                         Observer* observer = nullptr, int runs = 3);

}  // namespace judge
