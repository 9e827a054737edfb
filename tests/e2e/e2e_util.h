// Helpers for end-to-end tests: run the built judge binary as a user would.
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "judge/base/process.h"
#include "tests/test_paths.h"

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
  auto run = judge::RunTrusted(JudgeBinary(), args, options);
  if (!run) {
    ADD_FAILURE() << run.error().message;
    return {};
  }
  return {run->exit_code, run->output, run->errors};
}

inline std::filesystem::path SourceDir() { return std::filesystem::path(TestsDir()).parent_path(); }

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

// A fixture with a package folder of its own per test, $JUDGE_HOME/pkgs/<test name>, for tests
// that write small packages and judge solutions on them.
class PackageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = HomeEnvironment::home() / "pkgs" / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::create_directories(dir_);
  }
  std::filesystem::path Write(const std::string& name, const std::string& text) {
    std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  // `judge submit --json --no-save` of `source` (written as `name`) on the package: checks the
  // exit code and returns the document.
  nlohmann::json Submit(const std::string& name, const std::string& source, int expected_exit) {
    const std::filesystem::path file = Write(name, source);
    Outcome o = Judge({"submit", dir_.string(), file.string(), "--json", "--no-save"});
    EXPECT_EQ(o.exit_code, expected_exit) << o.err << o.out;
    EXPECT_FALSE(o.out.empty()) << o.err;
    return o.out.empty() ? nlohmann::json() : nlohmann::json::parse(o.out);
  }
  std::filesystem::path dir_;
};

}  // namespace e2e
