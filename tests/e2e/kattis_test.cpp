// judge verify on Kattis packages as problemtools and DOMjudge judge them (issue 16): output
// past the limit, problemtools' two time limits, packages without accepted/, submissions that
// are folders, the machine's speed factor and parallel judging. Each test writes its own small
// package.
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

class Kattis : public e2e::PackageTest {
 protected:
  json Verify(std::vector<std::string> extra, int expected_exit) {
    std::vector<std::string> args = {"verify", dir_.string(), "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    Outcome o = Judge(args);
    EXPECT_EQ(o.exit_code, expected_exit) << o.err << o.out;
    EXPECT_FALSE(o.out.empty()) << o.err;
    return o.out.empty() ? json() : json::parse(o.out);
  }
  static const json* Find(const json& j, const std::string& path) {
    for (const auto& s : j["submissions"])
      if (s["path"] == path) return &s;
    ADD_FAILURE() << "no submission " << path << " in " << j.dump(2);
    return nullptr;
  }
  static bool HasLine(const json& list, const std::string& text) {
    for (const auto& w : list)
      if (w.get<std::string>().find(text) != std::string::npos) return true;
    return false;
  }
};

// Reads one integer and prints it twice.
constexpr const char* kDouble =
    "#include <cstdio>\nint main(){long long x;std::scanf(\"%lld\",&x);std::printf(\"%lld\\n\",2*x);}\n";

// Burns at least `cpu_s` seconds of CPU and `wall_s` of wall clock, then prints 2x (+ `off`).
std::string Spinner(double cpu_s, double wall_s, int off) {
  return "#include <cstdio>\n#include <ctime>\nstatic double Now(clockid_t c){timespec t;clock_gettime(c,&t);"
         "return t.tv_sec+t.tv_nsec*1e-9;}\nint main(){long long x;std::scanf(\"%lld\",&x);"
         "double w=Now(CLOCK_MONOTONIC);volatile long n=0;while(Now(CLOCK_PROCESS_CPUTIME_ID)<" +
         std::to_string(cpu_s) + "||Now(CLOCK_MONOTONIC)-w<" + std::to_string(wall_s) +
         ")++n;std::printf(\"%lld\\n\",2*x+" + std::to_string(off) + ");}\n";
}

// A legacy package with a 0.2 s limit (.timelimit, DOMjudge's file; margin x 2, problemtools'
// legacy default) and a submission of every kind the issue names. The limit is small so that
// the wall limit (2 x CPU + 1 s) leaves a loaded machine room: the spinners need 0.3 s of CPU.
TEST_F(Kattis, LegacyPackageIsJudgedAsProblemtoolsAndDomjudgeDo) {
  REQUIRE_SANDBOX();
  Write("problem.yaml", "name: Double\n");
  Write(".timelimit", "0.2\n");
  Write("data/sample/1.in", "3\n");
  Write("data/sample/1.ans", "6\n");
  Write("data/secret/1.in", "21\n");
  Write("data/secret/1.ans", "42\n");
  Write("submissions/accepted/double.cpp", kDouble);
  // One program of three files, compiled together.
  Write("submissions/accepted/multi/main.cpp",
        "#include <cstdio>\n#include \"twice.h\"\nint main(){long long x;std::scanf(\"%lld\",&x);"
        "std::printf(\"%lld\\n\",Twice(x));}\n");
  Write("submissions/accepted/multi/twice.h", "long long Twice(long long x);\n");
  Write("submissions/accepted/multi/twice.cpp", "#include \"twice.h\"\nlong long Twice(long long x){return x+x;}\n");
  // Spins between the limit and twice it, then answers wrong: TLE at 0.2 s, WA at the 0.4 s margin.
  Write("submissions/wrong_answer/spin.cpp", Spinner(0.3, 0.3, 1));
  // Spins as long, then answers right: TLE at 0.2 s, AC at the margin.
  Write("submissions/time_limit_exceeded/slow.cpp", Spinner(0.3, 0.3, 0));
  // Prints without end: past 8 MiB the output is cut and it runs on to the time limit.
  Write("submissions/time_limit_exceeded/printer.cpp",
        "#include <cstdio>\nint main(){for(;;)std::fputs(\"yes yes yes yes yes yes yes yes\\n\",stdout);}\n");
  // Prints 20 MiB and ends: OLE.
  Write("submissions/output_limit_exceeded/flood.cpp",
        "#include <cstdio>\n#include <string>\nint main(){std::string s(1<<20,'y');for(int i=0;i<20;++i)"
        "std::fputs(s.c_str(),stdout);}\n");

  const json j = Verify({"--speed-factor", "1", "--jobs", "2"}, 0);
  EXPECT_TRUE(j["ok"].get<bool>()) << j.dump(2);
  EXPECT_EQ(j["time_limit_ms"], 200);
  EXPECT_EQ(j["margin_time_limit_ms"], 400);
  EXPECT_EQ(j["speed_factor"], 1.0);
  EXPECT_EQ(j["jobs"], 2);
  EXPECT_GT(j["elapsed_ms"].get<int64_t>(), 0);
  ASSERT_EQ(j["submissions"].size(), 6u) << j.dump(2);

  const json* multi = Find(j, "submissions/accepted/multi");
  ASSERT_TRUE(multi);
  EXPECT_EQ((*multi)["got"], "AC") << multi->dump();

  const json* spin = Find(j, "submissions/wrong_answer/spin.cpp");
  ASSERT_TRUE(spin);
  EXPECT_TRUE((*spin)["ok"].get<bool>());
  EXPECT_EQ((*spin)["got"], "TLE");
  EXPECT_EQ((*spin)["got_with_margin"], "WA");
  EXPECT_TRUE((*spin)["extra_time"].get<bool>());
  EXPECT_TRUE(HasLine(j["warnings"], "submissions/wrong_answer/spin.cpp sensitive to time limit: limit of 0.2 secs -> "
                                     "TLE, limit of 0.4 secs -> WA")) << j["warnings"].dump(2);

  const json* slow = Find(j, "submissions/time_limit_exceeded/slow.cpp");
  ASSERT_TRUE(slow);
  EXPECT_TRUE((*slow)["ok"].get<bool>());
  EXPECT_EQ((*slow)["got"], "TLE");
  EXPECT_EQ((*slow)["got_with_margin"], "AC");
  EXPECT_FALSE((*slow)["extra_time"].get<bool>());
  EXPECT_TRUE(HasLine(j["warnings"], "submissions/time_limit_exceeded/slow.cpp sensitive to time limit: limit of 0.2 "
                                     "secs -> TLE, limit of 0.4 secs -> AC")) << j["warnings"].dump(2);

  const json* printer = Find(j, "submissions/time_limit_exceeded/printer.cpp");
  ASSERT_TRUE(printer);
  EXPECT_EQ((*printer)["got"], "TLE") << printer->dump();
  EXPECT_EQ((*printer)["got_with_margin"], "TLE");
  // It ran on past 8 MiB to a time limit (CPU, or wall on a loaded machine, where it waits on
  // the pipe): an output-limit kill would have been OLE after about 11 ms.
  EXPECT_NE((*printer)["detail"].get<std::string>().find("time limit"), std::string::npos) << printer->dump();
  EXPECT_EQ((*printer)["detail"].get<std::string>().find("output"), std::string::npos) << printer->dump();

  const json* flood = Find(j, "submissions/output_limit_exceeded/flood.cpp");
  ASSERT_TRUE(flood);
  EXPECT_EQ((*flood)["got"], "OLE") << flood->dump();
  EXPECT_NE((*flood)["detail"].get<std::string>().find("output limit 8 MiB exceeded (the output was cut there)"),
            std::string::npos) << flood->dump();

}

// The same spinner under a native package is an error: native rules stay strict.
TEST_F(Kattis, NativePackageKeepsTheStrictRules) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Double\"\n[limits]\ntime_limit = 0.2\nmemory = 256\n");
  Write("data/sample/1.in", "3\n");
  Write("data/sample/1.ans", "6\n");
  Write("submissions/accepted/double.cpp", kDouble);
  Write("submissions/time_limit_exceeded/slow.cpp", Spinner(0.25, 0.25, 0));
  const json j = Verify({}, 1);
  EXPECT_FALSE(j["ok"].get<bool>());
  EXPECT_EQ(j["margin_time_limit_ms"], 300);
  EXPECT_TRUE(HasLine(j["errors"], "submissions/time_limit_exceeded/slow.cpp passes with the limit x 1.5"))
      << j["errors"].dump(2);
}

// A package that only tests crashes: no accepted/, no time limit to derive. Valid, with a
// warning (problemtools requires an accepted submission; the issue asks not to fail for that).
TEST_F(Kattis, PackageWithoutAcceptedIsValidWithAWarning) {
  REQUIRE_SANDBOX();
  Write("problem.yaml", "problem_format_version: 2023-07-draft\nname: Crashes\n");
  Write("data/secret/1.in", "1\n");
  Write("data/secret/1.ans", "1\n");
  Write("submissions/run_time_error/abort.cpp", "#include <cstdlib>\nint main(){std::abort();}\n");
  Write("submissions/run_time_error/exit3.cpp", "int main(){return 3;}\n");
  const json j = Verify({}, 0);
  EXPECT_TRUE(j["ok"].get<bool>()) << j.dump(2);
  EXPECT_EQ(j["submissions"][0]["got"], "RE");
  EXPECT_EQ(j["submissions"][1]["got"], "RE");
  EXPECT_TRUE(HasLine(j["warnings"], "no submission in submissions/accepted/")) << j["warnings"].dump(2);
  EXPECT_EQ(j["time_limit_origin"], "placeholder: no accepted submission to derive it from");
}

// An explicit limit is scaled by the speed of this machine, measured and shown.
TEST_F(Kattis, ExplicitLimitIsScaledByTheMeasuredSpeedFactor) {
  REQUIRE_SANDBOX();
  Write("problem.yaml", "problem_format_version: 2023-07-draft\nname: Double\nlimits:\n  time_limit: 2\n");
  Write("data/secret/1.in", "4\n");
  Write("data/secret/1.ans", "8\n");
  Write("submissions/accepted/double.cpp", kDouble);
  const json j = Verify({}, 0);
  EXPECT_EQ(j["package_time_limit_ms"], 2000);
  const double factor = j["speed_factor"].get<double>();
  EXPECT_GE(factor, 1.0);
  EXPECT_LE(factor, 4.0);
  EXPECT_EQ(j["time_limit_ms"].get<int64_t>(), static_cast<int64_t>(std::ceil(2000 * factor)));
  const fs::path cache = e2e::HomeEnvironment::home() / "cache" / "speed" / "speed.json";
  ASSERT_TRUE(fs::exists(cache));
  std::ifstream in(cache);
  const json speed = json::parse(in);
  EXPECT_GE(speed["runs"].get<int>(), 3);
  EXPECT_GT(speed["best_ms"].get<double>(), 0);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment());
  return RUN_ALL_TESTS();
}
