// Programs a problem package brings (checkers, interactors, input validators, generators, the
// `build` and `run` scripts of Kattis programs, and the g++ runs that build them) are untrusted
// input like a candidate's solution: each run here gets a box of its own (sandbox/sandbox.h),
// never the solution's, with its own limits and its own cgroup, so nothing it leaves charged
// (the page cache of a generated input) counts against a later solution run.
//
// What such a box sees: the toolchain (/usr, /bin, /lib, /lib64, read-only, as the compile box),
// the mounts the caller names (the program's folder and its inputs read-only, at most one
// writable scratch folder), /dev/{null,zero,urandom} and a fresh /tmp. No /etc, no /home, no
// network (its own empty network namespace), and a seccomp filter: kRun for a compiled program,
// kCompile for g++, kScript (it may fork and exec, still no sockets) for `build`/`run` scripts.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace judge {

struct PackageRunSpec {
  std::string program;                 // absolute path inside the box
  std::vector<std::string> args;       // argv[1..]
  std::vector<sandbox::Mount> mounts;  // besides the toolchain
  std::string workdir = "/";
  sandbox::SeccompProfile seccomp = sandbox::SeccompProfile::kRun;  // kCompile: g++; kScript: scripts
  std::filesystem::path stdin_path;    // host file opened by the judge; empty: /dev/null
  int stdin_fd = -1;                   // instead of stdin_path; owned (closed) by the run
  std::filesystem::path stdout_path;   // host file the judge creates; the program writes it
  int stdout_fd = -1;                  // instead of capturing stdout; owned by the run
  sandbox::Limits limits;
};

struct PackageRun {
  int exit_code = -1;      // -1 when it did not exit by itself
  bool timed_out = false;  // a time limit (CPU or wall)
  std::string output;      // captured stdout (without stdout_path / stdout_fd)
  std::string errors;      // captured stderr
  // Why it ended when a limit or the box stopped it (not by exit(), a signal of its own or a
  // time limit), for messages: "made a blocked system call (clone)", "exceeded its memory limit
  // (1024 MiB)", "exceeded its output limit (1024 MiB)".
  std::string ended;
  bool killed_by_sigpipe = false;
  sandbox::RunResult raw;
};

// Limits of the package programs (a run's own limits, not the problem's).
// Checkers, validators, interactors: `cpu` of CPU time (their timeout: a checker's 30 s by
// default) within `wall`.
sandbox::Limits CheckerLimits(std::chrono::milliseconds cpu, std::chrono::milliseconds wall);
sandbox::Limits BuildLimits();                                  // g++ and `build` scripts
sandbox::Limits GeneratorLimits(std::chrono::milliseconds wall, uint64_t output_bytes);

// Runs one package program in a fresh box. Fails only when the box cannot be made or the
// program not started; anything the program does is a PackageRun.
sandbox::Result<PackageRun> RunPackageProgram(const PackageRunSpec& spec);

// Set once from --allow-unsandboxed: package boxes then run where a layer is missing too.
void AllowDegradedPackageBoxes(bool allow);

// Makes everything under `root` readable (and folders enterable) by the box identities, or
// writable too, without following symbolic links (a box may have planted them).
void OpenUpTree(const std::filesystem::path& root, bool writable);

// Reads a file a box wrote, refusing a symbolic link anywhere in `name` or a non-regular file
// (a box could point it at a host file); "" when absent. `dir` is trusted.
std::string ReadBoxFile(const std::filesystem::path& dir, const std::string& name, size_t limit);

// The toolchain, read-only: /usr, /bin, /lib, /lib64 where present. Every package box and the
// solution's compile box (compiler.cpp) mount it.
std::vector<sandbox::Mount> PackageToolchainMounts();

}  // namespace judge
