// BinaryCache on a scratch folder: streaming stores, least-recently-used eviction under the
// bound, leases that keep a binary in use, and the $JUDGE_CACHE_MAX syntax.
#include "judge/run/binary_cache.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace judge {
namespace {

namespace fs = std::filesystem;

class BinaryCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-binary-cache-test-XXXXXX";
    dir_ = mkdtemp(templ);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    unsetenv("JUDGE_CACHE_MAX");
  }
  // Stores `bytes` bytes of `fill` under `key`; returns the lease.
  std::shared_ptr<CacheLease> Put(BinaryCache& cache, const std::string& key, size_t bytes, char fill = 'b') {
    const fs::path src = dir_ / ("src-" + key);
    std::ofstream(src, std::ios::binary) << std::string(bytes, fill);
    int fd = open(src.c_str(), O_RDONLY | O_CLOEXEC);
    auto lease = cache.Store(key, fd, bytes);
    close(fd);
    EXPECT_TRUE(lease.ok()) << (lease.ok() ? "" : lease.error().message);
    return lease.ok() ? *lease : nullptr;
  }
  // Sets the entry's last use to `seconds_ago` seconds before now.
  void UsedAgo(const BinaryCache& cache, const std::string& key, int seconds_ago) {
    timespec times[2];
    clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= seconds_ago;
    times[1] = times[0];
    ASSERT_EQ(utimensat(AT_FDCWD, (cache.EntryDir(key) / "prog").c_str(), times, 0), 0);
  }
  bool Has(const BinaryCache& cache, const std::string& key) { return fs::exists(cache.EntryDir(key) / "prog"); }

  fs::path dir_;
};

TEST_F(BinaryCacheTest, StoreCopiesTheFileAndFindHitsIt) {
  BinaryCache cache(dir_ / "bin", 0);
  EXPECT_FALSE(cache.Find("k1"));
  ASSERT_TRUE(Put(cache, "k1", 300000, 'q'));
  std::ifstream in(cache.EntryDir("k1") / "prog", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), std::string(300000, 'q'));
  struct stat st {};
  ASSERT_EQ(stat((cache.EntryDir("k1") / "prog").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0755u);
  EXPECT_TRUE(cache.Find("k1"));
  EXPECT_EQ(cache.Measure().bytes, 300000u);
  EXPECT_EQ(cache.Measure().entries, 1u);
}

// An entry written by an older judge (a folder with "prog", never locked) is still a hit.
TEST_F(BinaryCacheTest, AnEntryFromBeforeIsAHit) {
  BinaryCache cache(dir_ / "bin", 0);
  fs::create_directories(cache.EntryDir("old"));
  std::ofstream(cache.EntryDir("old") / "prog") << "binary";
  EXPECT_TRUE(cache.Find("old"));
}

TEST_F(BinaryCacheTest, AStoreOverTheBoundEvictsTheLeastRecentlyUsed) {
  BinaryCache cache(dir_ / "bin", 3000);
  Put(cache, "a", 1000);
  Put(cache, "b", 1000);
  Put(cache, "c", 1000);
  UsedAgo(cache, "a", 30);
  UsedAgo(cache, "b", 20);
  UsedAgo(cache, "c", 10);
  ASSERT_TRUE(cache.Find("a"));  // a hit makes "a" the most recently used
  Put(cache, "d", 1000);         // 4000 > 3000: one goes, the least recently used: "b"
  EXPECT_TRUE(Has(cache, "a"));
  EXPECT_FALSE(Has(cache, "b"));
  EXPECT_TRUE(Has(cache, "c"));
  EXPECT_TRUE(Has(cache, "d"));
  EXPECT_LE(cache.Measure().bytes, 3000u);
}

TEST_F(BinaryCacheTest, ABinaryInUseIsNeverEvicted) {
  BinaryCache cache(dir_ / "bin", 0);
  Put(cache, "idle", 1000);
  auto lease = Put(cache, "busy", 1000);
  ASSERT_TRUE(lease);
  const BinaryCache::Usage removed = cache.EvictTo(0);
  EXPECT_EQ(removed.entries, 1u);
  EXPECT_EQ(removed.bytes, 1000u);
  EXPECT_FALSE(Has(cache, "idle"));
  EXPECT_TRUE(Has(cache, "busy"));
  lease.reset();
  EXPECT_EQ(cache.EvictTo(0).entries, 1u);
  EXPECT_FALSE(Has(cache, "busy"));
}

TEST_F(BinaryCacheTest, TheNewestEntryStaysEvenWhenItAloneIsOverTheBound) {
  BinaryCache cache(dir_ / "bin", 500);
  Put(cache, "old", 400);
  UsedAgo(cache, "old", 10);
  ASSERT_TRUE(Put(cache, "big", 1000));
  EXPECT_TRUE(Has(cache, "big"));
  EXPECT_FALSE(Has(cache, "old"));
}

TEST_F(BinaryCacheTest, JudgeCacheMaxTakesBytesAndUnits) {
  EXPECT_EQ(*BinaryCache::MaxBytesFromEnvironment(), BinaryCache::kDefaultMaxBytes);
  const std::pair<const char*, uint64_t> cases[] = {
      {"0", 0}, {"12345", 12345}, {"64K", 64ull << 10}, {"500M", 500ull << 20}, {"3G", 3ull << 30},
      {"2GiB", 2ull << 30}, {"1gb", 1ull << 30}, {"", BinaryCache::kDefaultMaxBytes}};
  for (const auto& [text, bytes] : cases) {
    setenv("JUDGE_CACHE_MAX", text, 1);
    auto parsed = BinaryCache::MaxBytesFromEnvironment();
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_EQ(*parsed, bytes) << text;
  }
  for (const char* bad : {"lots", "-1", "2T", "1.5G", "G", "99999999999999999G"}) {
    setenv("JUDGE_CACHE_MAX", bad, 1);
    auto parsed = BinaryCache::MaxBytesFromEnvironment();
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().message,
              std::string("JUDGE_CACHE_MAX='") + bad +
                  "' is not a size (bytes, or a number with K, M or G, e.g. 2G; 0 for no bound)");
  }
}

TEST(HumanBytes, PicksTheUnit) {
  EXPECT_EQ(HumanBytes(100), "100 B");
  EXPECT_EQ(HumanBytes(12800), "12.5 KiB");
  EXPECT_EQ(HumanBytes(512ull << 20), "512.0 MiB");
  EXPECT_EQ(HumanBytes(2ull << 30), "2.0 GiB");
}

}  // namespace
}  // namespace judge
