// judge verify's orchestration with a fake sandbox and compiler: which runs it makes (the
// first failure stops a submission, --all runs everything, one run per submission at the
// margin), and its text report. No processes.
#include "judge/authoring/verify.h"
#include "judge/authoring/speed.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <deque>
#include <fstream>

namespace judge {
namespace {

namespace fs = std::filesystem;
using sandbox::Termination;

struct Script {
  std::deque<sandbox::RunResult> results;
  std::vector<sandbox::RunRequest> requests;
};

class FakeBox : public sandbox::Box {
 public:
  explicit FakeBox(Script& s) : s_(s) {}
  Result<sandbox::RunResult> Run(const sandbox::RunRequest& request) override {
    s_.requests.push_back(request);
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
  Result<std::unique_ptr<sandbox::Box>> CreateBox(const sandbox::BoxConfig&) override {
    return std::unique_ptr<sandbox::Box>(new FakeBox(s_));
  }

 private:
  Script& s_;
};

class FakeBuilder : public Builder {
 public:
  Result<CompileResult> Compile(const SourceFile& source) override {
    sources.push_back(source);
    CompileResult r;
    r.ok = true;
    r.binary_dir = "/cache/bin/abc";
    return r;
  }
  const std::string& version() const override { return version_; }
  std::vector<SourceFile> sources;

 private:
  std::string version_ = "g++ (fake) 12";
};

sandbox::RunResult Exited(std::string out, int64_t cpu_ms = 5) {
  sandbox::RunResult r;
  r.termination = Termination::kExited;
  r.stdout_data = std::move(out);
  r.cpu_time = std::chrono::microseconds(cpu_ms * 1000);
  r.wall_time = std::chrono::microseconds(cpu_ms * 1000);
  return r;
}

class VerifyRuns : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-unit-verify-XXXXXX";
    dir_ = mkdtemp(templ);
    problem_.id = "p";
    problem_.dir = dir_ / "p";
    problem_.format = "2023-07-draft";
    problem_.limits.time_limit = std::chrono::milliseconds(1000);
    problem_.multipliers.time_limit_to_tle = 2;
    problem_.validators.clear();
    problem_.skipped_validators = 1;  // no "no input validators" warning
    for (const char* name : {"sample/1", "secret/1", "secret/2"}) {
      const fs::path base = problem_.dir / "data" / name;
      fs::create_directories(base.parent_path());
      std::ofstream(base.string() + ".in") << "1\n";
      std::ofstream(base.string() + ".ans") << "42\n";
      TestCase c;
      c.name = name;
      c.input = base.string() + ".in";
      c.answer = base.string() + ".ans";
      problem_.cases.push_back(std::move(c));
    }
    Write("submissions/accepted/a.cpp", "int main(){}\n");
    Write("submissions/wrong_answer/w.cpp", "int main(){}\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories((problem_.dir / rel).parent_path());
    std::ofstream(problem_.dir / rel) << text;
  }
  Result<VerifyReport> Run(VerifyOptions options) {
    FakeSandbox sandbox(script_);
    TestData testdata(builder_, sandbox, dir_);
    Judge judge(sandbox, builder_, testdata);
    options.speed_factor = 1;  // no calibration run
    return Verify(problem_, judge, testdata, dir_ / "home", options);
  }
  fs::path dir_;
  Problem problem_;
  Script script_;
  FakeBuilder builder_;
};

TEST_F(VerifyRuns, EachSubmissionRunsOnceAtTheMarginAndStopsAtItsFirstFailure) {
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n"),  // accepted: every case
                     Exited("41\n")};                                  // wrong answer: the first case only
  auto r = Run({});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->ok) << RenderVerifyText(*r);
  EXPECT_EQ(script_.requests.size(), 4u);
  for (const auto& req : script_.requests) EXPECT_EQ(req.limits.cpu_time.count(), 2000);  // 1000 ms x 2
  EXPECT_EQ(r->time_limit.count(), 1000);
  EXPECT_EQ(r->margin_time_limit.count(), 2000);
  ASSERT_EQ(r->submissions.size(), 2u);
  EXPECT_EQ(r->submissions[1].got, Verdict::kWrongAnswer);
}

TEST_F(VerifyRuns, AllRunsEveryCaseOfEverySubmission) {
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n"), Exited("41\n"), Exited("42\n"), Exited("40\n")};
  VerifyOptions options;
  options.all_cases = true;
  auto r = Run(options);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(script_.requests.size(), 6u);
  EXPECT_EQ(r->submissions[1].got, Verdict::kWrongAnswer);
  EXPECT_EQ(r->submissions[1].detail.rfind("WA on sample/1", 0), 0u) << r->submissions[1].detail;
}

TEST_F(VerifyRuns, AFolderIsOneProgramOfAllItsFiles) {
  fs::remove_all(problem_.dir / "submissions/wrong_answer");
  Write("submissions/accepted/a.cpp", "int main(){}\n");
  fs::remove(problem_.dir / "submissions/accepted/a.cpp");
  Write("submissions/accepted/multi.cc/main.cc", "#include \"lib.h\"\nint main(){return F();}\n");
  Write("submissions/accepted/multi.cc/lib.h", "int F();\n");
  Write("submissions/accepted/multi.cc/src/lib.cc", "int F(){return 0;}\n");
  Write("submissions/accepted/multi.cc/README.md", "notes\n");
  script_.results = {Exited("42\n"), Exited("42\n"), Exited("42\n")};
  auto r = Run({});
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->submissions.size(), 1u);
  EXPECT_EQ(r->submissions[0].path, "submissions/accepted/multi.cc");
  ASSERT_EQ(builder_.sources.size(), 1u);
  const SourceFile& s = builder_.sources[0];
  EXPECT_EQ(s.display_name, "main.cc");
  ASSERT_EQ(s.companions.size(), 2u);
  EXPECT_EQ(s.companions[0].path, "lib.h");
  EXPECT_FALSE(s.companions[0].translation_unit);
  EXPECT_EQ(s.companions[1].path, "src/lib.cc");
  EXPECT_TRUE(s.companions[1].translation_unit);
}

TEST_F(VerifyRuns, AKattisPackageWithoutAcceptedIsValid) {
  fs::remove_all(problem_.dir / "submissions/accepted");
  script_.results = {Exited("41\n")};
  auto r = Run({});
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->ok) << RenderVerifyText(*r);
  EXPECT_NE(RenderVerifyText(*r).find("warning: no submission in submissions/accepted/"), std::string::npos);
}

TEST(RenderVerifyText, SaysTheMarginTheSpeedFactorExtraTimeAndHowLongItTook) {
  VerifyReport r;
  r.problem = "double";
  r.time_limit = std::chrono::milliseconds(1200);
  r.margin_time_limit = std::chrono::milliseconds(2400);
  r.time_limit_origin = ".timelimit x speed factor 1.20";
  r.speed_factor = 1.2;
  r.speed_origin = "measured: the calibration workload's best CPU time here is 240 ms (over 3 runs), 200 ms on the "
                   "reference machine";
  SubmissionCheck s;
  s.path = "submissions/wrong_answer/spin.cpp";
  s.expected = *ExpectationOf("wrong_answer", "", true);
  s.got = Verdict::kTimeLimit;
  s.got_with_margin = Verdict::kWrongAnswer;
  s.ok = s.extra_time = true;
  s.max_cpu_ms = 1500;
  r.submissions.push_back(s);
  r.elapsed = std::chrono::milliseconds(12345);
  r.jobs = 2;
  EXPECT_EQ(RenderVerifyText(r),
            "verify double: time limit 1200 ms (.timelimit x speed factor 1.20), safety margin 2400 ms\n"
            "  speed factor 1.20: measured: the calibration workload's best CPU time here is 240 ms (over 3 runs), "
            "200 ms on the reference machine\n"
            "  ok   submissions/wrong_answer/spin.cpp                    TLE  (expected WA) max CPU 1500 ms  OK with "
            "extra time: WA at 2400 ms\n"
            "verify took 12.3 s (2 jobs)\n"
            "package is valid\n");
}

TEST(SpeedFactor, NeverTightensIgnoresNoiseAndIsCapped) {
  EXPECT_EQ(SpeedFactor(kSpeedReferenceMs * 0.5), 1.0);   // a faster machine keeps the package's limit
  EXPECT_EQ(SpeedFactor(kSpeedReferenceMs * 1.05), 1.0);  // within the noise between machines of a kind
  EXPECT_DOUBLE_EQ(SpeedFactor(kSpeedReferenceMs * 1.5), 1.5);
  EXPECT_EQ(SpeedFactor(kSpeedReferenceMs * 9), 4.0);
}

}  // namespace
}  // namespace judge
