// What every command that compiles and runs needs, set up once per process.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "judge/packages/testdata.h"
#include "judge/run/compiler.h"
#include "sandbox/sandbox.h"

namespace judge {

// JUDGE_HOME (created), the folders a dead judge left removed, the sandbox, the compiler with
// its cache and the test-data cache. Filled in place by Open(), never moved: TestData keeps
// pointers to the sandbox and the compiler.
struct Workbench {
  std::filesystem::path home;
  std::unique_ptr<sandbox::Sandbox> sandbox;
  std::optional<Compiler> compiler;
  std::optional<TestData> testdata;

  Workbench() = default;
  Workbench(const Workbench&) = delete;
  Workbench& operator=(const Workbench&) = delete;

  Result<void> Open();
};

// "<cpu model> x<cpus>; Linux 6.18.0": the machine an attempt was judged on, as stored with it.
std::string MachineFingerprint();

}  // namespace judge
