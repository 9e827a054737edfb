// The compiled-binary cache through the real `judge` (issue 12, issue 16): binaries are capped
// at 64 MiB, the cache stays within $JUDGE_CACHE_MAX by evicting the least recently used, and
// `judge cache` / `judge doctor` show what JUDGE_HOME holds; `judge cache --prune` frees it.
// Each test gets a home of its own (the cache is what it inspects), sharing only the
// precompiled header with the other e2e tests.
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

uint64_t BinBytes(const fs::path& home) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(home / "cache" / "bin", ec))
    if (e.is_regular_file() && e.path().filename() == "prog") total += e.file_size();
  return total;
}

class CacheCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    REQUIRE_SANDBOX();
    home_ = e2e::HomeEnvironment::home() / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(home_ / "cache");
    const fs::path shared_pch = fs::path(JUDGE_E2E_CACHE) / "pch";
    fs::create_directories(shared_pch);
    fs::create_directory_symlink(shared_pch, home_ / "cache" / "pch");
    setenv("JUDGE_HOME", home_.c_str(), 1);
    pkg_ = home_ / "pkg";
    fs::create_directories(pkg_ / "data" / "secret");
    std::ofstream(pkg_ / "problem.toml") << "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n";
    std::ofstream(pkg_ / "data" / "secret" / "1.in") << "1 2\n";
    std::ofstream(pkg_ / "data" / "secret" / "1.ans") << "3\n";
  }
  void TearDown() override {
    unsetenv("JUDGE_CACHE_MAX");
    setenv("JUDGE_HOME", e2e::HomeEnvironment::home().c_str(), 1);
  }

  // The cache key includes the file name, so a resubmission uses the same name.
  json Submit(const std::string& name, const std::string& source, int expected_exit) {
    const fs::path file = home_ / name;
    std::ofstream(file) << source;
    e2e::Outcome o = e2e::Judge({"submit", pkg_.string(), file.string(), "--json", "--no-save"});
    EXPECT_EQ(o.exit_code, expected_exit) << o.err << o.out;
    return o.out.empty() ? json() : json::parse(o.out);
  }

  // A+B with a comment that makes each source, and so its cache entry, distinct.
  static std::string Solution(int variant) {
    return "// variant " + std::to_string(variant) +
           "\n#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n";
  }

  fs::path home_, pkg_;
};

// 200 bytes of source, a 250 MB binary: the object file alone is over the 64 MiB cap, so the
// assembler is stopped and nothing reaches the cache (before: a 250 MB binary was cached, read
// whole into the judge's memory, and judged).
TEST_F(CacheCommand, AnAssemblerZeroBombIsACompileErrorAndCachesNothing) {
  json j = Submit("bomb.cpp",
                  "asm(\".data\\n.globl bomb\\nbomb: .zero 250000000\\n.text\\n\");\n"
                  "#include <cstdio>\nint main(){std::puts(\"3\");}\n",
                  1);
  EXPECT_EQ(j["verdict"], "CE") << j.dump(1);
  EXPECT_NE(j["compile"]["log"].get<std::string>().find("File size limit exceeded"), std::string::npos)
      << j["compile"]["log"];
  EXPECT_EQ(BinBytes(home_), 0u);
}

// Four distinct solutions under a bound of two and a half of their binaries: the cache never
// holds more than the bound; the least recently used go first, a recently used one stays a hit.
TEST_F(CacheCommand, StaysWithinJudgeCacheMaxEvictingTheLeastRecentlyUsed) {
  ASSERT_EQ(Submit("v0.cpp", Solution(0), 0)["verdict"], "AC");
  const uint64_t one = BinBytes(home_);
  ASSERT_GT(one, 100u << 10);
  const uint64_t bound = one * 5 / 2;
  setenv("JUDGE_CACHE_MAX", std::to_string(bound).c_str(), 1);
  ASSERT_EQ(Submit("v1.cpp", Solution(1), 0)["verdict"], "AC");
  EXPECT_EQ(Submit("v0.cpp", Solution(0), 0)["compile"]["cached"], true);  // v0 is now the most recent
  for (int v = 2; v < 4; ++v) {
    ASSERT_EQ(Submit("v" + std::to_string(v) + ".cpp", Solution(v), 0)["verdict"], "AC");
    EXPECT_LE(BinBytes(home_), bound) << "after variant " << v;
  }
  EXPECT_EQ(Submit("v3.cpp", Solution(3), 0)["compile"]["cached"], true);   // the newest stays
  EXPECT_EQ(Submit("v1.cpp", Solution(1), 0)["compile"]["cached"], false);  // the least recent went first
}

TEST_F(CacheCommand, CacheShowsSizesAndPruneFreesWhatIsRebuilt) {
  ASSERT_EQ(Submit("a.cpp", Solution(10), 0)["verdict"], "AC");
  e2e::Outcome shown = e2e::Judge({"cache", "--json"});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  json before = json::parse(shown.out);
  EXPECT_EQ(before["home"], home_.string());
  EXPECT_EQ(before["binary_cache_max_bytes"], 2ull << 30);
  uint64_t bin = 0, pch = 0;
  for (const auto& p : before["parts"]) {
    if (p["name"] == "bin") bin = p["bytes"];
    if (p["name"] == "pch") pch = p["bytes"];
  }
  EXPECT_EQ(bin, BinBytes(home_));
  EXPECT_GT(pch, 10u << 20) << "the precompiled header is counted";

  e2e::Outcome pruned = e2e::Judge({"cache", "--prune", "--json"});
  ASSERT_EQ(pruned.exit_code, 0) << pruned.err;
  json after = json::parse(pruned.out);
  EXPECT_GE(after["pruned_bytes"].get<uint64_t>(), bin);
  EXPECT_EQ(BinBytes(home_), 0u);
  for (const auto& p : after["parts"]) {
    if (p["name"] == "pch") {
      EXPECT_EQ(p["bytes"], pch) << "this compiler's precompiled header is kept";
    }
  }

  e2e::Outcome doctor = e2e::Judge({"doctor", "--json"});
  json d = json::parse(doctor.out);
  EXPECT_EQ(d["cache"]["home"], home_.string());
  EXPECT_EQ(d["cache"]["total_bytes"], after["total_bytes"]);
  e2e::Outcome text = e2e::Judge({"doctor"});
  EXPECT_NE(text.out.find("compiled solutions"), std::string::npos) << text.out;
}

TEST_F(CacheCommand, AMalformedJudgeCacheMaxIsAUsageError) {
  setenv("JUDGE_CACHE_MAX", "lots", 1);
  const fs::path file = home_ / "a.cpp";
  std::ofstream(file) << Solution(20);
  e2e::Outcome o = e2e::Judge({"submit", pkg_.string(), file.string(), "--no-save"});
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err,
            "judge: JUDGE_CACHE_MAX='lots' is not a size (bytes, or a number with K, M or G, e.g. 2G; 0 for no "
            "bound)\n");
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
