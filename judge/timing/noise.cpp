#include "judge/timing/noise.h"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace judge {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> ReadLine(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line)) return std::nullopt;
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\r')) line.pop_back();
  return line;
}

// "0-1", "0,4", "3": more than one CPU listed means the core has SMT siblings.
bool ListsSeveralCpus(const std::string& list) {
  return list.find(',') != std::string::npos || list.find('-') != std::string::npos;
}

}  // namespace

TimingNoise ProbeTimingNoise(const fs::path& root) {
  TimingNoise n;
  const fs::path cpu = root / "sys/devices/system/cpu";
  n.governor = ReadLine(cpu / "cpu0/cpufreq/scaling_governor");
  n.scaling_driver = ReadLine(cpu / "cpu0/cpufreq/scaling_driver");
  if (auto boost = ReadLine(cpu / "cpufreq/boost")) n.turbo = *boost == "1";
  else if (auto no_turbo = ReadLine(cpu / "intel_pstate/no_turbo")) n.turbo = *no_turbo == "0";
  if (auto load = ReadLine(root / "proc/loadavg")) {
    try {
      n.load1 = std::stod(*load);
    } catch (const std::exception&) {
    }
  }
  std::error_code ec;
  for (auto it = fs::directory_iterator(cpu, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() < 4 || name.rfind("cpu", 0) != 0 || name.find_first_not_of("0123456789", 3) != std::string::npos)
      continue;
    ++n.cpus;
    if (auto siblings = ReadLine(it->path() / "topology/thread_siblings_list"))
      n.smt |= ListsSeveralCpus(*siblings);
  }
  if (auto aslr = ReadLine(root / "proc/sys/kernel/randomize_va_space")) {
    try {
      n.aslr = std::stoi(*aslr);
    } catch (const std::exception&) {
    }
  }
  if (auto thp = ReadLine(root / "sys/kernel/mm/transparent_hugepage/enabled")) {
    const auto open = thp->find('['), close = thp->find(']');
    n.thp = open != std::string::npos && close > open ? thp->substr(open + 1, close - open - 1) : *thp;
  }
  std::ifstream info(root / "proc/cpuinfo");
  for (std::string line; std::getline(info, line);)
    if (line.rfind("flags", 0) == 0) {
      std::istringstream words(line.substr(line.find(':') + 1));
      for (std::string w; words >> w;) n.virtual_machine |= w == "hypervisor";
      break;
    }

  if (n.governor && *n.governor != "performance")
    n.warnings.push_back(fmt::format("CPU frequency governor is '{}': the clock changes with load (use 'performance')", *n.governor));
  if (n.turbo && *n.turbo) n.warnings.push_back("turbo boost is on: the clock depends on temperature and other cores");
  if (n.load1 && n.cpus > 0 && *n.load1 > 0.5 * n.cpus)
    n.warnings.push_back(fmt::format("load average {:.2f} on {} CPUs: other work competes for the cores", *n.load1, n.cpus));
  if (n.smt) n.warnings.push_back("SMT is on: a busy sibling hyper-thread slows the timed core");
  if (n.aslr && *n.aslr != 0) n.warnings.push_back("ASLR is on: layouts (and cache behaviour) differ between runs");
  if (n.thp && *n.thp == "always") n.warnings.push_back("transparent huge pages 'always': memory-bound times vary with page backing");
  if (n.virtual_machine) n.warnings.push_back("running in a virtual machine: other tenants and the hypervisor add noise");
  return n;
}

std::string TimingNoiseJson(const TimingNoise& n) {
  auto opt = [](const auto& o) { return o ? nlohmann::json(*o) : nlohmann::json(nullptr); };
  nlohmann::json j = {{"governor", opt(n.governor)},
                      {"scaling_driver", opt(n.scaling_driver)},
                      {"turbo", opt(n.turbo)},
                      {"load1", opt(n.load1)},
                      {"cpus", n.cpus},
                      {"smt", n.smt},
                      {"aslr", opt(n.aslr)},
                      {"thp", opt(n.thp)},
                      {"virtual_machine", n.virtual_machine},
                      {"warnings", n.warnings}};
  return j.dump();
}

std::string RenderTimingNoise(const TimingNoise& n) {
  auto or_dash = [](const std::optional<std::string>& s) { return s ? *s : std::string("not exposed"); };
  std::string out;
  out += fmt::format("  {:<22} {}\n", "cpufreq governor", or_dash(n.governor));
  out += fmt::format("  {:<22} {}\n", "cpufreq driver", or_dash(n.scaling_driver));
  out += fmt::format("  {:<22} {}\n", "turbo / boost", n.turbo ? (*n.turbo ? "on" : "off") : "not exposed");
  out += fmt::format("  {:<22} {}\n", "load average (1 min)", n.load1 ? fmt::format("{:.2f}", *n.load1) : "unknown");
  out += fmt::format("  {:<22} {} CPUs, SMT {}\n", "topology", n.cpus, n.smt ? "on" : "off");
  out += fmt::format("  {:<22} {}\n", "ASLR", n.aslr ? fmt::format("{}", *n.aslr) : "unknown");
  out += fmt::format("  {:<22} {}\n", "transparent hugepages", or_dash(n.thp));
  out += fmt::format("  {:<22} {}\n", "virtual machine", n.virtual_machine ? "yes (hypervisor flag)" : "no");
  for (const auto& w : n.warnings) out += "  note: " + w + "\n";
  if (n.warnings.empty()) out += "  no known noise sources found\n";
  return out;
}

std::string CpuFingerprint() {
  std::string cpu;
  std::ifstream info("/proc/cpuinfo");
  for (std::string line; std::getline(info, line);)
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  return fmt::format("{} x{}", cpu, sysconf(_SC_NPROCESSORS_ONLN));
}

}  // namespace judge
