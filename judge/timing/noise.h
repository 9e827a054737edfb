// What makes CPU timing noisy on this host: frequency scaling, turbo, load, SMT siblings, ASLR,
// transparent huge pages, virtualisation. Read from /proc and /sys (under a root folder, so
// tests can point it at a fake tree). Observations only: nothing here changes the host.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace judge {

struct TimingNoise {
  std::optional<std::string> governor;        // cpu0 cpufreq scaling_governor ("performance")
  std::optional<std::string> scaling_driver;  // cpu0 cpufreq scaling_driver ("intel_pstate")
  std::optional<bool> turbo;                  // boost / !no_turbo; empty when not exposed
  std::optional<double> load1;                // 1-minute load average
  int cpus = 0;                               // online CPUs seen in topology
  bool smt = false;                           // some CPU has a hyper-thread sibling
  std::optional<int> aslr;                    // randomize_va_space: 0 off, 2 full
  std::optional<std::string> thp;             // transparent_hugepage/enabled, the [selected] word
  bool virtual_machine = false;               // "hypervisor" cpu flag
  std::vector<std::string> warnings;          // one sentence per thing that adds noise
};

// Reads everything under `root` ("/" on a real host). Missing files leave fields empty.
TimingNoise ProbeTimingNoise(const std::filesystem::path& root = "/");

// One-line JSON object with every field ("null" for unknown), as stored in Attempt::timing_noise
// and shown by `judge doctor --json` under "timing".
std::string TimingNoiseJson(const TimingNoise& noise);

// "<cpu model> x<online cpus>": the machine identity that per-machine timing caches key on.
std::string CpuFingerprint();

// The doctor's text section: one line per finding.
std::string RenderTimingNoise(const TimingNoise& noise);

}  // namespace judge
