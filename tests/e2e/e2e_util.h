// Helpers for end-to-end tests: run the built judge binary as a user would.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/process.h"

namespace e2e {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// One JUDGE_HOME per test executable, so caches (PCH, binaries, generated cases) are shared
// between its tests and thrown away at the end.
class HomeEnvironment : public ::testing::Environment {
 public:
  // share_cache = false for tests that inspect or race on the cache itself.
  explicit HomeEnvironment(bool share_cache = true) : share_cache_(share_cache) {}
  void SetUp() override {
    char templ[] = "/tmp/judge-e2e-XXXXXX";
    home_ = mkdtemp(templ);
    // ctest runs every test in its own process, so each gets a fresh home (history, temp);
    // the caches (PCH, binaries, generated cases) are content-keyed and written atomically,
    // so all e2e processes share one, and the precompiled header is built once per machine.
    const std::filesystem::path shared = JUDGE_E2E_CACHE;  // one per build folder
    std::error_code ec;
    if (share_cache_) {
      std::filesystem::create_directories(shared, ec);
      std::filesystem::create_directory_symlink(shared, home_ / "cache", ec);
    }
    setenv("JUDGE_HOME", home_.c_str(), 1);
    unsetenv("JUDGE_PROBLEMS");
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(home_, ec);
  }
  static const std::filesystem::path& home() { return home_; }

 private:
  bool share_cache_;
  static inline std::filesystem::path home_;
};

inline Outcome Judge(const std::vector<std::string>& args, std::chrono::seconds timeout = std::chrono::seconds(600)) {
  judge::TrustedOptions options;
  options.timeout = timeout;
  options.capture_limit = 64 << 20;
  auto run = judge::RunTrusted(JUDGE_BINARY, args, options);
  if (!run) {
    ADD_FAILURE() << run.error().message;
    return {};
  }
  return {run->exit_code, run->output, run->errors};
}

inline std::filesystem::path SourceDir() { return std::filesystem::path(JUDGE_TESTS_DIR).parent_path(); }

// Whether this host can sandbox; tests that need it skip with the doctor's reason otherwise.
inline std::string SandboxUnavailableReason() {
  static const std::string reason = [] {
    Outcome o = Judge({"doctor"});
    return o.exit_code == 0 ? std::string() : "this host cannot sandbox (judge doctor):\n" + o.out;
  }();
  return reason;
}

#define REQUIRE_SANDBOX()                                                 \
  do {                                                                    \
    if (auto reason = ::e2e::SandboxUnavailableReason(); !reason.empty()) \
      GTEST_SKIP() << reason;                                             \
  } while (0)

}  // namespace e2e
