#include "judge/cli/workbench.h"

#include <fmt/format.h>
#include <sys/utsname.h>

#include "judge/base/files.h"
#include "judge/timing/noise.h"

namespace judge {

Result<void> Workbench::Open() {
  home = JudgeHome();
  if (auto r = EnsureDir(home); !r) return r.error();
  CleanStaleTemp();
  sandbox = sandbox::MakeLinuxSandbox();
  auto created = Compiler::Create(*sandbox, home);
  if (!created) return created.error();
  compiler.emplace(std::move(*created));
  testdata.emplace(*compiler, *sandbox, home);
  return {};
}

std::string MachineFingerprint() {
  struct utsname u {};
  uname(&u);
  return fmt::format("{}; {} {}", CpuFingerprint(), u.sysname, u.release);
}

}  // namespace judge
