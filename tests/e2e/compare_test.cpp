// `judge compare`, the submit ladder and `history --html` on the built binary, with a tiny
// package of CPU-bound cases (~10-20 ms each) so that every trial is short.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;

// The work: a dependent xorshift chain of n steps (no vectorising, no shortcut).
std::uint64_t Work(std::uint64_t n) {
  std::uint64_t x = 88172645463325252ull;
  for (std::uint64_t i = 0; i < n; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
  }
  return x;
}

// extra_percent: the solution does that much more work (into a sink), then the same answer.
std::string Solution(int extra_percent) {
  return "#include <cstdio>\n#include <cstdint>\n"
         "static std::uint64_t Work(std::uint64_t n){std::uint64_t x=88172645463325252ull;"
         "for(std::uint64_t i=0;i<n;++i){x^=x<<13;x^=x>>7;x^=x<<17;}return x;}\n"
         "volatile std::uint64_t sink;\n"
         "int main(){unsigned long long n;if(std::scanf(\"%llu\",&n)!=1)return 1;\n"
         "sink=Work(n*" + std::to_string(extra_percent) + "/100);\n"
         "std::printf(\"%llu\\n\",(unsigned long long)Work(n));}\n";
}

class Compare : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = e2e::HomeEnvironment::home() / "compare";
    pkg_ = root_ / "spin";
    auto write = [](const fs::path& p, const std::string& text) {
      fs::create_directories(p.parent_path());
      std::ofstream(p, std::ios::binary) << text;
    };
    write(pkg_ / "problem.toml", "title = \"Spin\"\n[limits]\ntime_limit = 2.0\nmemory = 64\n");
    // About 10, 15 and 20 ms of CPU on the dev VM.
    const std::uint64_t sizes[] = {4'000'000, 6'000'000, 8'000'000};
    for (int i = 0; i < 3; ++i) {
      write(pkg_ / "data/secret" / (std::to_string(i + 1) + ".in"), std::to_string(sizes[i]) + "\n");
      write(pkg_ / "data/secret" / (std::to_string(i + 1) + ".ans"), std::to_string(Work(sizes[i])) + "\n");
    }
    write(pkg_ / "submissions/accepted/plain.cpp", Solution(0));
    write(root_ / "same.cpp", Solution(0));
    write(root_ / "more.cpp", Solution(30));
    write(root_ / "wrong.cpp", "#include <cstdio>\nint main(){std::puts(\"1\");}\n");
  }
  static inline fs::path root_, pkg_;
};

// A 95% interval misses one time in 20 at most, so identical programs may be named different
// that often (the conclusion comes from the interval alone; the seeded simulation of
// timing_test measures 1-3.5% on noisy machines). At 5% per trial, 5 or more winners in 20
// trials happen 0.26% of the time; a comparison biased towards one side names a winner in
// most trials.
TEST_F(Compare, IdenticalProgramsNameAWinnerInAtMost4Of20Trials) {
  REQUIRE_SANDBOX();
  int winners = 0;
  for (int trial = 0; trial < 20; ++trial) {
    Outcome o = Judge({"compare", pkg_.string(), (root_ / "same.cpp").string(), "ref", "--json", "--budget", "2",
                       "--seed", std::to_string(trial + 1)});
    ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
    auto j = nlohmann::json::parse(o.out);
    EXPECT_GE(j["rounds"].get<int>(), 6) << o.out;
    if (j["conclusion"] != "indistinguishable") {
      ++winners;
      std::fprintf(stderr, "trial %d named a winner:\n%s\n", trial, o.out.c_str());
    }
  }
  EXPECT_LE(winners, 4);
}

TEST_F(Compare, ThirtyPercentMoreWorkIsSlowerWithTheIntervalExcludingOne) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"compare", pkg_.string(), (root_ / "same.cpp").string(), (root_ / "more.cpp").string(), "--json",
                     "--budget", "10"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["conclusion"], "a_faster") << o.out;
  EXPECT_GT(j["ratio"]["low"].get<double>(), 1.0) << o.out;
  EXPECT_GT(j["ratio"]["estimate"].get<double>(), 1.15) << o.out;
  EXPECT_LT(j["ratio"]["estimate"].get<double>(), 1.45) << o.out;

  // Swapped sides: B faster, and the text says so in one line.
  Outcome text = Judge({"compare", pkg_.string(), (root_ / "more.cpp").string(), (root_ / "same.cpp").string(),
                        "--budget", "10"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("B is "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("x faster than A ["), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("95% CI"), std::string::npos) << text.out;
}

TEST_F(Compare, JsonHasTheContractKeysAndHtmlHasAChart) {
  REQUIRE_SANDBOX();
  const fs::path html = root_ / "compare.html";
  Outcome o = Judge({"compare", pkg_.string(), "ref", (root_ / "same.cpp").string(), "--json", "--budget", "2",
                     "--html", html.string()});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["problem"], "spin");
  EXPECT_TRUE(j["a"].is_object());
  EXPECT_TRUE(j["b"].is_object());
  for (const char* k : {"estimate", "low", "high"}) EXPECT_TRUE(j["ratio"][k].is_number()) << k;
  EXPECT_EQ(j["ratio"]["confidence"], 0.95);
  EXPECT_TRUE(j["conclusion"] == "a_faster" || j["conclusion"] == "b_faster" || j["conclusion"] == "indistinguishable");
  EXPECT_TRUE(j["runs"].is_number_integer());
  EXPECT_EQ(j["cases"].size(), 3u);
  std::stringstream page;
  page << std::ifstream(html).rdbuf();
  EXPECT_NE(page.str().find("<svg"), std::string::npos);
}

TEST_F(Compare, WrongSideIsReportedAndExitsOne) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"compare", pkg_.string(), "ref", (root_ / "wrong.cpp").string(), "--budget", "2"});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  EXPECT_NE(o.out.find("B (wrong.cpp) is not accepted on secret/1: WA"), std::string::npos) << o.out;
}

TEST_F(Compare, UnknownAttemptIsUsageError) {
  Outcome o = Judge({"compare", pkg_.string(), "#999", "ref"});
  EXPECT_EQ(o.exit_code, 2) << o.err;
}

TEST_F(Compare, SubmitPlacesOnTheLadderAndHistoryDrawsIt) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"submit", pkg_.string(), (root_ / "more.cpp").string(), "--json"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  auto j = nlohmann::json::parse(o.out);
  ASSERT_EQ(j["ladder"].size(), 1u) << o.out;
  EXPECT_EQ(j["ladder"][0]["name"], "plain");
  EXPECT_GT(j["ratio_to_ref"].get<double>(), 1.1) << o.out;

  const fs::path html = root_ / "history.html";
  Outcome h = Judge({"history", pkg_.string(), "--json", "--html", html.string()});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  auto hj = nlohmann::json::parse(h.out);
  ASSERT_GE(hj["attempts"].size(), 1u);
  EXPECT_TRUE(hj["attempts"].back()["ratio_to_ref"].is_number());
  // The stored ratio carries an interval wider than the run's own (the between-run variation)
  // and what it was measured against.
  const auto& last = hj["attempts"].back();
  ASSERT_TRUE(last["ratio_low"].is_number()) << h.out;
  ASSERT_TRUE(last["ratio_high"].is_number()) << h.out;
  EXPECT_LE(last["ratio_low"].get<double>(), j["ladder"][0]["low"].get<double>()) << o.out;
  EXPECT_GE(last["ratio_high"].get<double>(), j["ladder"][0]["high"].get<double>()) << o.out;
  EXPECT_EQ(last["ratio_low"], j["ratio_low"]);
  EXPECT_EQ(last["ratio_basis"].get<std::string>().rfind("plain; package ", 0), 0u) << h.out;
  std::stringstream page;
  page << std::ifstream(html).rdbuf();
  EXPECT_NE(page.str().find("<svg"), std::string::npos);
  EXPECT_NE(page.str().find("<rect class=\"bar\""), std::string::npos);

  Outcome text = Judge({"history", pkg_.string()});
  EXPECT_NE(text.out.find("CPU time per attempt"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("|#"), std::string::npos) << text.out;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
