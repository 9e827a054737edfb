// Orchestration with a fake sandbox and a fake compiler (ninja's fake command runner idea):
// order, precedence, limits, reports; no processes.
#include "judge/run/judge.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <deque>
#include <fstream>

#include "judge/base/files.h"
#include "judge/cli/report.h"
#include "judge/timing/timing.h"
#include "sandbox/unique_fd.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
using sandbox::Termination;

struct Script {
  std::deque<sandbox::RunResult> results;
  std::vector<sandbox::RunRequest> requests;
  std::vector<std::string> stdins;  // what each request's stdin_path held when it ran
  std::vector<sandbox::BoxConfig> boxes;
};

class FakeBox : public sandbox::Box {
 public:
  explicit FakeBox(Script& s) : s_(s) {}
  Result<sandbox::RunResult> Run(const sandbox::RunRequest& request) override {
    sandbox::UniqueFd owned(request.stdin_fd);  // the box owns a given stdin descriptor
    s_.requests.push_back(request);
    auto in = request.stdin_path.empty() ? Result<std::string>(std::string()) : ReadFile(request.stdin_path);
    s_.stdins.push_back(in ? *in : "unreadable: " + in.error().message);
    if (s_.results.empty()) return MakeError(ErrorKind::kInternal, "script ran out");
    auto r = s_.results.front();
    s_.results.pop_front();
    return r;
  }

 private:
  Script& s_;
};

class FakeSandbox : public sandbox::Sandbox {
 public:
  explicit FakeSandbox(Script& s) : s_(s) {}
  Result<std::unique_ptr<sandbox::Box>> CreateBox(const sandbox::BoxConfig& config) override {
    s_.boxes.push_back(config);
    return std::unique_ptr<sandbox::Box>(new FakeBox(s_));
  }

 private:
  Script& s_;
};

class FakeBuilder : public Builder {
 public:
  Result<CompileResult> Compile(const SourceFile&) override {
    ++calls;
    CompileResult r;
    r.ok = ok;
    r.log = ok ? "" : "sol.cpp:1:1: error: 'x' was not declared";
    r.binary_dir = "/cache/bin/abc";
    return r;
  }
  const std::string& version() const override { return version_; }
  bool ok = true;
  int calls = 0;

 private:
  std::string version_ = "g++ (fake) 12";
};

sandbox::RunResult Exited(std::string out, int64_t cpu_ms = 5, uint64_t memory_kb = 1024) {
  sandbox::RunResult r;
  r.termination = Termination::kExited;
  r.stdout_data = std::move(out);
  r.cpu_time = std::chrono::microseconds(cpu_ms * 1000);
  r.wall_time = std::chrono::microseconds(cpu_ms * 1100);
  r.memory_bytes = memory_kb * 1024;
  return r;
}

sandbox::RunResult Killed(Termination t, int64_t cpu_ms) {
  sandbox::RunResult r;
  r.termination = t;
  r.signal = 9;
  r.cpu_time = std::chrono::microseconds(cpu_ms * 1000);
  return r;
}

class JudgeRun : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-unit-XXXXXX";
    dir_ = mkdtemp(templ);
    problem_.id = "p";
    problem_.title = "P";
    problem_.limits.time_limit = std::chrono::milliseconds(1000);
    problem_.limits.wall_time_limit = std::chrono::milliseconds(3000);
    for (const char* name : {"sample/1", "secret/1", "secret/2"}) AddCase(name, "42\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void AddCase(const std::string& name, const std::string& answer) {
    const fs::path base = dir_ / name;
    fs::create_directories(base.parent_path());
    std::ofstream(base.string() + ".in") << "in " << name << "\n";
    std::ofstream(base.string() + ".ans") << answer;
    TestCase c;
    c.name = name;
    c.input = base.string() + ".in";
    c.answer = base.string() + ".ans";
    c.sample = name.rfind("sample", 0) == 0;
    problem_.cases.push_back(std::move(c));
  }
  Result<Report> Run(const JudgeOptions& options = {}) {
    FakeSandbox sandbox(script_);
    TestData testdata(builder_, sandbox, dir_);
    Judge judge(sandbox, builder_, testdata);
    return judge.Run(problem_, SourceFile{"int main(){}", "sol.cpp"}, options);
  }
  fs::path dir_;
  Problem problem_;
  Script script_;
  FakeBuilder builder_;
};

// The loader refuses links out of the package; a case file swapped for one after loading is
// refused when the case is judged (its files are opened beneath the package root), and the
// outside file is neither the solution's stdin nor the expected answer.
TEST_F(JudgeRun, ACaseFileSwappedForALinkOutOfThePackageIsRefusedWhenJudged) {
  problem_.dir = dir_;
  std::ofstream(dir_.parent_path() / (dir_.filename().string() + "-outside")) << "outside\n";
  fs::remove(dir_ / "secret/1.ans");
  fs::create_symlink(dir_.parent_path() / (dir_.filename().string() + "-outside"), dir_ / "secret/1.ans");
  script_.results = {Exited("42\n"), Exited("outside\n"), Exited("42\n")};
  auto r = Run();
  fs::remove(dir_.parent_path() / (dir_.filename().string() + "-outside"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::kBadPackage);
  EXPECT_NE(r.error().message.find("symbolic link secret/1.ans -> "), std::string::npos) << r.error().message;
  EXPECT_EQ(script_.requests.size(), 1u);  // refused before the case ran

  // The same for an input, which would have been the solution's stdin.
  fs::remove(dir_ / "secret/1.ans");
  std::ofstream(dir_ / "secret/1.ans") << "42\n";
  fs::remove(dir_ / "secret/2.in");
  fs::create_symlink("/etc/hostname", dir_ / "secret/2.in");
  script_ = {};
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n")};
  r = Run();
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("symbolic link secret/2.in -> /etc/hostname leaves the package"), std::string::npos)
      << r.error().message;
  EXPECT_EQ(script_.requests.size(), 2u);
}

TEST_F(JudgeRun, AllAcceptedRunsEveryCaseInOrderWithTheProblemLimits) {
  script_.results = {Exited("42\n", 3), Exited("42", 7, 2048), Exited(" 42 \n", 5)};
  auto r = Run();
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->verdict, Verdict::kAccepted);
  EXPECT_EQ(r->summary.passed, 3);
  EXPECT_EQ(r->summary.total, 3);
  EXPECT_DOUBLE_EQ(r->summary.cpu_ms, 15.0);
  EXPECT_EQ(r->summary.max_memory_kb, 2048u);
  EXPECT_EQ(r->summary.slowest_case, "secret/1");
  ASSERT_EQ(script_.requests.size(), 3u);
  EXPECT_EQ(script_.stdins[0], "in sample/1\n");
  EXPECT_EQ(script_.stdins[2], "in secret/2\n");
  EXPECT_EQ(script_.requests[0].argv, std::vector<std::string>{"/box/prog"});
  EXPECT_EQ(script_.requests[0].limits.cpu_time.count(), 1000);
  EXPECT_EQ(script_.requests[0].limits.wall_time.count(), 3000);
  ASSERT_EQ(script_.boxes.size(), 1u);  // one box for the whole submission
  ASSERT_EQ(script_.boxes[0].mounts.size(), 1u);
  EXPECT_EQ(script_.boxes[0].mounts[0].source, "/cache/bin/abc");
  EXPECT_EQ(script_.boxes[0].mounts[0].target, "/box");
  EXPECT_FALSE(script_.boxes[0].mounts[0].writable);
}

TEST_F(JudgeRun, FirstFailingCaseInTestOrderDecides) {
  script_.results = {Exited("42\n"), Exited("41\n"), Killed(Termination::kCpuTime, 1003)};
  auto r = Run();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->verdict, Verdict::kWrongAnswer);
  ASSERT_EQ(r->cases.size(), 3u);
  EXPECT_EQ(r->cases[1].verdict, Verdict::kWrongAnswer);
  EXPECT_EQ(r->cases[1].message, "line 1, column 1: expected '42', got '41'");
  EXPECT_EQ(r->cases[2].verdict, Verdict::kTimeLimit);
  EXPECT_EQ(r->summary.passed, 1);
}

TEST_F(JudgeRun, CrashIsNotCheckedAndKeepsItsSignal) {
  script_.results = {Exited("42\n"), Killed(Termination::kSignaled, 1), Exited("42\n")};
  script_.results[1].signal = 11;
  script_.results[1].stdout_data = "42\n";  // correct output does not rescue a crash
  auto r = Run();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->verdict, Verdict::kRuntimeError);
  EXPECT_EQ(r->cases[1].signal, "SIGSEGV");
  EXPECT_FALSE(r->cases[1].exit_code);
  EXPECT_EQ(r->cases[1].message, "killed by SIGSEGV");
}

TEST_F(JudgeRun, FailFastStopsAtTheFirstFailure) {
  script_.results = {Exited("1\n"), Exited("42\n"), Exited("42\n")};
  JudgeOptions options;
  options.fail_fast = true;
  auto r = Run(options);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->cases.size(), 1u);
  EXPECT_EQ(r->summary.total, 3);
  EXPECT_EQ(script_.requests.size(), 1u);
}

TEST_F(JudgeRun, CompileErrorRunsNothing) {
  builder_.ok = false;
  auto r = Run();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->verdict, Verdict::kCompileError);
  EXPECT_TRUE(r->cases.empty());
  EXPECT_TRUE(script_.boxes.empty());
  EXPECT_EQ(r->compile.log, "sol.cpp:1:1: error: 'x' was not declared");
}

TEST_F(JudgeRun, TimeLimitOverrideDerivesWall) {
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n")};
  JudgeOptions options;
  options.time_limit = std::chrono::milliseconds(2500);
  auto r = Run(options);
  ASSERT_TRUE(r);
  EXPECT_EQ(script_.requests[0].limits.cpu_time.count(), 2500);
  EXPECT_EQ(script_.requests[0].limits.wall_time.count(), 6000);
  EXPECT_EQ(r->limits.time_limit.count(), 2500);
}

TEST_F(JudgeRun, SamplesOnlyKeepsInputExpectedAndActual) {
  script_.results = {Exited("43\n")};
  JudgeOptions options;
  options.samples_only = true;
  options.keep_io = true;
  auto r = Run(options);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->cases.size(), 1u);
  EXPECT_EQ(r->cases[0].input, "in sample/1\n");
  EXPECT_EQ(r->cases[0].expected, "42\n");
  EXPECT_EQ(r->cases[0].actual, "43\n");
}

TEST_F(JudgeRun, MissingLayersReachTheReport) {
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n")};
  script_.results[0].missing_layers = {"seccomp"};
  auto r = Run();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->missing_layers, std::vector<std::string>{"seccomp"});
  EXPECT_FALSE(RenderJson(*r)["sandboxed"].get<bool>());
  EXPECT_NE(RenderText(*r, Style{}).find("NOT fully sandboxed (missing: seccomp)"), std::string::npos);
}

TEST_F(JudgeRun, JsonFollowsSchemaOne) {
  script_.results = {Exited("42\n", 3), Exited("7\n", 4), Exited("42\n", 5)};
  auto r = Run();
  ASSERT_TRUE(r);
  r->attempt = 12;
  const auto j = RenderJson(*r);
  EXPECT_EQ(j["schema"], 1);
  EXPECT_EQ(j["problem"], "p");
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["attempt"], 12);
  for (const char* key : {"ok", "cached", "wall_ms", "log"}) EXPECT_TRUE(j["compile"].contains(key)) << key;
  ASSERT_EQ(j["cases"].size(), 3u);
  const auto& c = j["cases"][1];
  EXPECT_EQ(c["name"], "secret/1");
  EXPECT_EQ(c["verdict"], "WA");
  EXPECT_DOUBLE_EQ(c["cpu_ms"].get<double>(), 4.0);
  EXPECT_EQ(c["memory_kb"], 1024);
  EXPECT_EQ(c["exit_code"], 0);
  EXPECT_TRUE(c["signal"].is_null());
  EXPECT_EQ(c["message"], "line 1, column 1: expected '42', got '7'");
  EXPECT_EQ(j["summary"]["passed"], 2);
  EXPECT_EQ(j["summary"]["total"], 3);
  EXPECT_DOUBLE_EQ(j["summary"]["cpu_ms"].get<double>(), 12.0);
  EXPECT_EQ(j["summary"]["max_memory_kb"], 1024);
}

TEST_F(JudgeRun, TextReportHasTableAndSummary) {
  script_.results = {Exited("42\n", 3), Exited("7\n", 4), Exited("42\n", 5)};
  auto r = Run();
  ASSERT_TRUE(r);
  const std::string text = RenderText(*r, Style{});
  EXPECT_NE(text.find("secret/1"), std::string::npos) << text;
  EXPECT_NE(text.find("verdict: WA (wrong answer) on secret/1  2/3 passed  CPU 12.0 ms total  slowest secret/2 (5.0 ms)  peak memory 1.0 MiB"),
            std::string::npos) << text;
  EXPECT_EQ(text.find("\x1b["), std::string::npos);  // no colour unless asked
  EXPECT_NE(RenderText(*r, Style{true}).find("\x1b[31m"), std::string::npos);
}

// Borderline re-runs (JudgeOptions::borderline_reruns): a case within 15% of the CPU limit runs
// again; the first run keeps the verdict.
TEST_F(JudgeRun, BorderlineCaseIsRerunAndCounted) {
  JudgeOptions options;
  options.borderline_reruns = 3;
  script_.results = {Exited("42\n", 3), Exited("42\n", 950), Killed(Termination::kCpuTime, 1001),
                     Exited("42\n", 980), Exited("42\n", 1020), Exited("42\n", 5)};
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->cases.size(), 3u);
  EXPECT_FALSE(r->cases[0].borderline);
  ASSERT_TRUE(r->cases[1].borderline);
  EXPECT_EQ(r->cases[1].borderline->runs, 4);
  EXPECT_EQ(r->cases[1].borderline->over, 2);
  EXPECT_EQ(r->cases[1].verdict, Verdict::kAccepted);  // the first run decides
  EXPECT_FALSE(r->cases[2].borderline);
  EXPECT_EQ(script_.requests.size(), 6u);
  EXPECT_EQ(script_.stdins[3], "in secret/1\n");
  EXPECT_EQ(script_.stdins[1], "in secret/1\n");
  EXPECT_EQ(RenderBorderlineNotes(*r),
            "secret/1: borderline: 2 of 4 runs over the limit (1000 ms limit; verdict from the first run)\n");
  auto j = RenderJson(*r);
  AddBorderlineJson(j, *r);
  EXPECT_EQ(j["cases"][1]["borderline"], (nlohmann::json{{"runs", 4}, {"over", 2}, {"stability", "borderline"}}));
  EXPECT_FALSE(j["cases"][0].contains("borderline"));
}

// "A TLE costs at most one limit": a run the judge killed at the limit could not finish, and
// re-running it would cost three more limits.
TEST_F(JudgeRun, TleKilledAtTheLimitIsNotRerun) {
  JudgeOptions options;
  options.borderline_reruns = 3;
  script_.results = {Exited("42\n", 3), Killed(Termination::kCpuTime, 1003), Killed(Termination::kWallTime, 40),
                     Exited("42\n", 5)};
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->cases[1].verdict, Verdict::kTimeLimit);
  EXPECT_FALSE(r->cases[1].borderline);
  EXPECT_EQ(r->cases[2].verdict, Verdict::kTimeLimit);
  EXPECT_FALSE(r->cases[2].borderline);
  EXPECT_EQ(script_.requests.size(), 3u);
  EXPECT_EQ(RenderBorderlineNotes(*r), "");
}

// A run that ended on its own just over the limit is truly borderline: it is re-run.
TEST_F(JudgeRun, TleThatFinishedJustOverTheLimitIsRerun) {
  JudgeOptions options;
  options.borderline_reruns = 3;
  script_.results = {Exited("42\n", 3), Exited("42\n", 1040), Exited("42\n", 1010), Killed(Termination::kCpuTime, 1001),
                     Exited("42\n", 990), Exited("42\n", 5)};
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->cases[1].verdict, Verdict::kTimeLimit);
  ASSERT_TRUE(r->cases[1].borderline);
  EXPECT_EQ(r->cases[1].borderline->runs, 4);
  EXPECT_EQ(r->cases[1].borderline->over, 3);
  EXPECT_EQ(script_.requests.size(), 6u);
}

// After two cases killed at the limit, later cases whose input is at least as large as the
// smallest one that timed out are skipped and listed; smaller ones still run.
TEST_F(JudgeRun, AfterTwoTimeoutsLaterCasesAtLeastAsLargeAreSkipped) {
  problem_.cases.clear();
  auto add = [&](const std::string& name, size_t input_bytes) {
    AddCase(name, "42\n");
    std::ofstream(problem_.cases.back().input, std::ios::trunc) << std::string(input_bytes, 'x');
  };
  add("sample/1", 20);
  add("secret/1", 30);
  add("secret/2", 10);  // smaller than both timeouts: still runs
  add("secret/3", 20);  // as large as the smallest timeout: skipped
  add("secret/4", 5000);
  JudgeOptions options;
  options.borderline_reruns = 3;
  options.skip_after_timeouts = 2;
  script_.results = {Killed(Termination::kCpuTime, 1002), Killed(Termination::kCpuTime, 1001), Exited("42\n", 4)};
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(script_.requests.size(), 3u);  // no re-runs, two cases skipped
  ASSERT_EQ(r->cases.size(), 3u);
  EXPECT_EQ(r->cases[2].name, "secret/2");
  EXPECT_EQ(r->skipped, (std::vector<std::string>{"secret/3", "secret/4"}));
  EXPECT_EQ(r->verdict, Verdict::kTimeLimit);
  EXPECT_EQ(r->summary.total, 5);
  EXPECT_EQ(r->summary.passed, 1);
  const std::string text = RenderText(*r, Style{});
  EXPECT_NE(text.find("skipped 2 cases: secret/3, secret/4\n  (the solution already timed out on 2 cases and these "
                      "inputs are at least as large as the smallest of them (20 bytes); a skipped case cannot change "
                      "the verdict (judge submit --all runs every case))"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("not run: stopped at the first failure"), std::string::npos) << text;
  const auto j = RenderJson(*r);
  EXPECT_EQ(j["skipped"], (nlohmann::json{"secret/3", "secret/4"}));
  EXPECT_EQ(j["summary"]["skipped"], 2);
}

TEST_F(JudgeRun, WithoutSkippingEveryCaseRunsAfterTimeouts) {
  script_.results = {Killed(Termination::kCpuTime, 1002), Killed(Termination::kCpuTime, 1001),
                     Killed(Termination::kWallTime, 30)};
  auto r = Run();
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->cases.size(), 3u);
  EXPECT_TRUE(r->skipped.empty());
}

TEST_F(JudgeRun, WrongAnswerNearTheLimitIsNotRerun) {
  JudgeOptions options;
  options.borderline_reruns = 3;
  script_.results = {Exited("42\n", 3), Exited("41\n", 990), Exited("42\n", 5)};
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_FALSE(r->cases[1].borderline);
  EXPECT_EQ(script_.requests.size(), 3u);
}

}  // namespace
}  // namespace judge
