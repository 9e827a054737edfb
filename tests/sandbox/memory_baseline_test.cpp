// Every run of a reused box is charged from the idle box, never from what earlier runs left
// charged to its cgroup (issue 12): kernel memory such as negative dentries from lookups of
// missing files in a bind-mounted host folder, or page cache read through a bind, must not
// become headroom that a later run reclaims and uses. One program (programs/kernel_charge.cpp)
// leaves such charges in several shapes; after it, a run that touches more than the limit must
// still be a memory-limit kill, and a run well within the limit must still fit. The kernel's
// reclaim is timing-dependent, so every shape runs several rounds.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"

#ifndef JUDGE_BOX_PROGRAMS
#define JUDGE_BOX_PROGRAMS "box-programs"
#endif

namespace sandbox {
namespace {

namespace fs = std::filesystem;

constexpr uint64_t kLimit = 16ull << 20;
constexpr int kRounds = 3;
constexpr int kChargingRuns = 3;
constexpr const char* kLookups = "150000";  // ~30 MB of dentries if none were ever reclaimed

class MemoryBaselineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (geteuid() != 0) {
      skip_reason_ = "the sandbox needs root";
      return;
    }
    for (const LayerStatus& layer : ProbeHost()) {
      if (layer.mandatory && !layer.present) {
        skip_reason_ = "host lacks " + layer.name + ": " + layer.detail;
        return;
      }
    }
    char tmpl[] = "/tmp/judge-memory-test-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) {
      build_error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    fs::create_directory(dir_ + "/bin");
    fs::create_directory(dir_ + "/data");
    std::error_code ec;
    fs::copy_file(JUDGE_BOX_PROGRAMS "/programs/kernel_charge", dir_ + "/bin/kernel_charge", ec);
    if (ec) build_error_ = "missing kernel_charge (build the box_programs target): " + ec.message();
    // A file bigger than the limit, so that reading it fills the group with page cache.
    std::ofstream big(dir_ + "/data/big", std::ios::binary);
    const std::string block(1 << 20, 'x');
    for (int i = 0; i < 48; ++i) big << block;
    sandbox_ = MakeLinuxSandbox().release();
  }
  static void TearDownTestSuite() {
    delete sandbox_;
    sandbox_ = nullptr;
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!skip_reason_.empty()) GTEST_SKIP() << skip_reason_;
    ASSERT_TRUE(build_error_.empty()) << build_error_;
    BoxConfig config;
    config.mounts.push_back(Mount{Mount::Kind::kBind, dir_ + "/bin", "/box", false, 0, 0});
    config.mounts.push_back(Mount{Mount::Kind::kBind, dir_ + "/data", "/data", false, 0, 0});
    auto box = sandbox_->CreateBox(config);
    ASSERT_TRUE(box.ok()) << box.error().message;
    box_ = std::move(*box);
  }

  RunResult Run(std::vector<std::string> args) {
    RunRequest request;
    request.argv = {"/box/kernel_charge"};
    request.argv.insert(request.argv.end(), args.begin(), args.end());
    request.limits.memory_bytes = kLimit;
    request.limits.cpu_time = std::chrono::seconds(5);
    request.limits.wall_time = std::chrono::seconds(20);
    auto r = box_->Run(request);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? std::move(*r) : RunResult{};
  }

  // After runs that left kernel memory charged: over the limit is still a memory kill, within
  // it still fits.
  void ExpectChargedFromIdle(const std::string& shape, int round) {
    RunResult over = Run({"touch", "24"});
    EXPECT_EQ(over.termination, Termination::kMemory)
        << shape << ", round " << round << ": touched 24 MiB under a 16 MiB limit and got '"
        << TerminationName(over.termination) << "' with " << (over.memory_bytes >> 20) << " MiB reported";
    RunResult within = Run({"touch", "10"});
    EXPECT_EQ(within.termination, Termination::kExited)
        << shape << ", round " << round << ": 10 MiB under a 16 MiB limit got '" << TerminationName(within.termination)
        << "'";
    EXPECT_LT(within.memory_bytes, kLimit) << shape << ", round " << round;
  }

  static void DropFromPageCache(const std::string& file) {
    int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    fdatasync(fd);
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    close(fd);
  }

  static inline std::string skip_reason_;
  static inline std::string build_error_;
  static inline std::string dir_;
  static inline Sandbox* sandbox_ = nullptr;
  std::unique_ptr<Box> box_;
};

TEST_F(MemoryBaselineTest, NegativeDentriesOfEarlierRunsGiveNoHeadroom) {
  int run = 0;
  for (int round = 1; round <= kRounds; ++round) {
    for (int k = 0; k < kChargingRuns; ++k) {
      RunResult r = Run({"lookups", "/box", "r" + std::to_string(run++), kLookups, "0"});
      ASSERT_EQ(r.termination, Termination::kExited) << "the lookups alone must fit: the kernel reclaims dentries";
    }
    ExpectChargedFromIdle("missing files looked up in /box", round);
  }
}

TEST_F(MemoryBaselineTest, DentriesAndPageCacheMixedGiveNoHeadroom) {
  int run = 0;
  for (int round = 1; round <= kRounds; ++round) {
    for (int k = 0; k < kChargingRuns; ++k) {
      RunResult r;
      if (k % 2 == 0) {
        r = Run({"lookups", "/data", "m" + std::to_string(run++), kLookups, "0"});
      } else {
        DropFromPageCache(dir_ + "/data/big");
        r = Run({"read", "/data/big", "0"});
      }
      ASSERT_EQ(r.termination, Termination::kExited) << "kernel memory the group can reclaim always fits";
    }
    ExpectChargedFromIdle("lookups in /data and page cache, alternating", round);
  }
}

TEST_F(MemoryBaselineTest, PageCacheOfEarlierRunsGivesNoHeadroom) {
  for (int round = 1; round <= kRounds; ++round) {
    for (int k = 0; k < kChargingRuns; ++k) {
      DropFromPageCache(dir_ + "/data/big");  // so that this run's read charges it to the box
      RunResult r = Run({"read", "/data/big", "0"});
      ASSERT_EQ(r.termination, Termination::kExited) << "reading a file never needs more than a little page cache";
    }
    ExpectChargedFromIdle("48 MiB file read through a bind", round);
  }
}

}  // namespace
}  // namespace sandbox
