// noise.h reads a fake /proc and /sys tree.
#include "judge/timing/noise.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

namespace judge {
namespace {

namespace fs = std::filesystem;

class Noise : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-noise-XXXXXX";
    root_ = mkdtemp(templ);
  }
  void TearDown() override { fs::remove_all(root_); }
  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((root_ / rel).parent_path());
    std::ofstream(root_ / rel) << text;
  }
  fs::path root_;
};

TEST_F(Noise, ReadsEverySource) {
  Write("sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", "powersave\n");
  Write("sys/devices/system/cpu/cpu0/cpufreq/scaling_driver", "intel_pstate\n");
  Write("sys/devices/system/cpu/intel_pstate/no_turbo", "0\n");
  Write("sys/devices/system/cpu/cpu0/topology/thread_siblings_list", "0,2\n");
  Write("sys/devices/system/cpu/cpu1/topology/thread_siblings_list", "1,3\n");
  Write("sys/devices/system/cpu/cpufreq/policy0/x", "");  // not a cpuN folder
  Write("proc/loadavg", "1.50 0.80 0.40 2/300 1234\n");
  Write("proc/sys/kernel/randomize_va_space", "2\n");
  Write("sys/kernel/mm/transparent_hugepage/enabled", "always [madvise] never\n");
  Write("proc/cpuinfo", "processor\t: 0\nflags\t\t: fpu vme hypervisor sse\n");
  const TimingNoise n = ProbeTimingNoise(root_);
  EXPECT_EQ(n.governor, "powersave");
  EXPECT_EQ(n.scaling_driver, "intel_pstate");
  EXPECT_EQ(n.turbo, true);
  EXPECT_DOUBLE_EQ(*n.load1, 1.5);
  EXPECT_EQ(n.cpus, 2);
  EXPECT_TRUE(n.smt);
  EXPECT_EQ(n.aslr, 2);
  EXPECT_EQ(n.thp, "madvise");
  EXPECT_TRUE(n.virtual_machine);
  EXPECT_EQ(n.warnings.size(), 6u);  // governor, turbo, load, SMT, ASLR, VM
  const auto j = nlohmann::json::parse(TimingNoiseJson(n));
  EXPECT_EQ(j["governor"], "powersave");
  EXPECT_EQ(j["smt"], true);
  EXPECT_EQ(j["virtual_machine"], true);
  EXPECT_EQ(j["warnings"].size(), 6u);
}

TEST_F(Noise, MissingFilesAreUnknownNotErrors) {
  Write("sys/devices/system/cpu/cpu0/topology/thread_siblings_list", "0\n");
  Write("sys/devices/system/cpu/cpufreq/boost", "0\n");
  const TimingNoise n = ProbeTimingNoise(root_);
  EXPECT_FALSE(n.governor);
  EXPECT_EQ(n.turbo, false);
  EXPECT_FALSE(n.load1);
  EXPECT_FALSE(n.smt);
  EXPECT_FALSE(n.virtual_machine);
  EXPECT_TRUE(n.warnings.empty());
  const auto j = nlohmann::json::parse(TimingNoiseJson(n));
  EXPECT_TRUE(j["governor"].is_null());
  EXPECT_TRUE(j["aslr"].is_null());
  EXPECT_NE(RenderTimingNoise(n).find("no known noise sources found"), std::string::npos);
}

}  // namespace
}  // namespace judge
