// What a candidate sees while practising (issue 13), through the built binary: what each
// attempt was (file and label), what a TLE costs, compare's practical threshold, progress at a
// glance, start files, stderr volume, progress lines, and text that cannot reach the terminal as
// control sequences.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

const char* kAplusB =
    "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n";

class Candidate : public e2e::PackageTest {
 protected:
  // CONTRACT.md's smallest package, in this test's folder.
  fs::path MinimalPackage() {
    Write("problem.toml", "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write("data/secret/1.in", "1 2\n");
    Write("data/secret/1.ans", "3\n");
    Write("data/secret/2.in", "-5 5\n");
    Write("data/secret/2.ans", "0\n");
    return dir_;
  }
};

TEST_F(Candidate, FileNameAndLabelAreStoredAndShownByHistoryAndCompare) {
  REQUIRE_SANDBOX();
  const fs::path pkg = MinimalPackage();
  const fs::path ok = Write("solutions/ok.cpp", kAplusB);
  const fs::path typo = Write("solutions/typo.cpp", "int main() { return x; }\n");
  Outcome first = Judge({"submit", pkg.string(), ok.string(), "--label", "first try", "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err << first.out;
  Outcome second = Judge({"submit", pkg.string(), typo.string(), "--label", "typo"});
  ASSERT_EQ(second.exit_code, 1) << second.err << second.out;

  Outcome history = Judge({"history", pkg.string(), "--json"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  const json h = json::parse(history.out);
  ASSERT_EQ(h["attempts"].size(), 2u) << history.out;
  EXPECT_EQ(h["attempts"][0]["file"], "ok.cpp");
  EXPECT_EQ(h["attempts"][0]["label"], "first try");
  EXPECT_EQ(h["attempts"][1]["file"], "typo.cpp");
  EXPECT_EQ(h["attempts"][1]["verdict"], "CE");
  EXPECT_TRUE(h["attempts"][1]["cpu_ms"].is_null()) << history.out;  // never ran: not 0 ms

  Outcome text = Judge({"history", pkg.string()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("ok.cpp"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("first try"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("did not compile"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find(" 0.0 ms"), std::string::npos) << text.out;

  const std::string id = std::to_string(h["attempts"][0]["id"].get<int64_t>());
  Outcome compare = Judge({"compare", pkg.string(), id, ok.string(), "--json", "--budget", "1"});
  ASSERT_EQ(compare.exit_code, 0) << compare.err << compare.out;
  const json c = json::parse(compare.out);
  EXPECT_EQ(c["a"]["label"], "attempt #" + id + " (ok.cpp, \"first try\")") << compare.out;
  EXPECT_EQ(c["a"]["file"], "ok.cpp");
  EXPECT_EQ(c["a"]["attempt_label"], "first try");
  EXPECT_TRUE(c["b"]["attempt_label"].is_null());
}

TEST_F(Candidate, ALabelOfSeveralLinesIsAUsageError) {
  const fs::path pkg = MinimalPackage();
  Outcome o = Judge({"submit", pkg.string(), Write("ok.cpp", kAplusB).string(), "--label", "two\nlines"});
  EXPECT_EQ(o.exit_code, 2) << o.err << o.out;
  EXPECT_EQ(o.err, "judge: --label must be one line of text, at most 200 bytes\n");
  EXPECT_TRUE(o.out.empty()) << o.out;
}

std::string ReadAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// "A TLE costs at most one limit": an endless loop is killed at the limit and never re-run,
// and once two cases timed out, later cases at least as large are skipped and listed.
TEST_F(Candidate, AnEndlessLoopIsNotRerunAndLaterLargerCasesAreSkipped) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Spin\"\n[limits]\ntime_limit = 0.3\nmemory = 64\n");
  for (int i = 1; i <= 6; ++i) {  // inputs of 1, 2, ..., 6 bytes plus a newline
    Write(fmt::format("data/secret/{}.in", i), std::string(static_cast<size_t>(i), '7') + "\n");
    Write(fmt::format("data/secret/{}.ans", i), "0\n");
  }
  const fs::path spin = Write("spin.cpp", "int main() { for (;;) {} }\n");
  Outcome o = Judge({"submit", dir_.string(), spin.string(), "--json", "--no-save"});
  ASSERT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = json::parse(o.out);
  EXPECT_EQ(j["verdict"], "TLE");
  ASSERT_EQ(j["cases"].size(), 2u) << o.out;
  for (const auto& c : j["cases"]) EXPECT_FALSE(c.contains("borderline")) << c.dump();  // never re-run
  EXPECT_EQ(j["skipped"], (json{"secret/3", "secret/4", "secret/5", "secret/6"}));
  EXPECT_EQ(j["summary"]["skipped"], 4);
  EXPECT_EQ(j["summary"]["total"], 6);

  Outcome text = Judge({"submit", dir_.string(), spin.string(), "--no-save"});
  EXPECT_NE(text.out.find("skipped 4 cases: secret/3, secret/4, secret/5, secret/6"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("judge submit --all runs every case"), std::string::npos) << text.out;

  Outcome all = Judge({"submit", dir_.string(), spin.string(), "--json", "--no-save", "--all"});
  json a = json::parse(all.out);
  EXPECT_EQ(a["cases"].size(), 6u);
  EXPECT_FALSE(a.contains("skipped"));
}

// The issue's case: an endless loop on top-k-frequent took 2 min 45 s (every case re-run
// three times at the limit). Now each case that runs costs one limit and the big ones are
// skipped; the test prints how long it took.
TEST_F(Candidate, AnEndlessLoopOnTopKFrequentRunsFewCases) {
  REQUIRE_SANDBOX();
  const fs::path spin = Write("spin.cpp", "int main() { for (;;) {} }\n");
  const auto start = std::chrono::steady_clock::now();
  Outcome o = Judge({"submit", "top-k-frequent", spin.string(), "--json", "--no-save"});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(o.exit_code, 1) << o.err << o.out;
  json j = json::parse(o.out);
  EXPECT_EQ(j["verdict"], "TLE");
  for (const auto& c : j["cases"]) {
    EXPECT_EQ(c["verdict"], "TLE") << c.dump();
    EXPECT_FALSE(c.contains("borderline")) << c.dump();
  }
  EXPECT_LE(j["cases"].size(), 6u) << o.out;
  EXPECT_GE(j["summary"]["skipped"].get<int>(), 7) << o.out;
  std::fprintf(stderr, "endless loop on top-k-frequent: %zu cases run, %d skipped, %.1f s\n", j["cases"].size(),
               j["summary"]["skipped"].get<int>(), seconds);
}

// `judge list` shows progress from the history and filters like a practice site's list.
TEST_F(Candidate, ListShowsProgressAndFilters) {
  REQUIRE_SANDBOX();
  const fs::path problems = dir_ / "problems";
  auto package = [&](const std::string& id, const std::string& level, const std::string& tag) {
    Write("problems/" + id + "/problem.toml",
          fmt::format("title = \"{}\"\ndifficulty = \"{}\"\ntags = [\"{}\"]\n[limits]\ntime_limit = 1.0\nmemory = 64\n",
                      id, level, tag));
    Write("problems/" + id + "/data/secret/1.in", "1 2\n");
    Write("problems/" + id + "/data/secret/1.ans", "3\n");
  };
  package("zz-easy-sum", "easy", "sums");
  package("zz-hard-sum", "hard", "joins");
  setenv("JUDGE_PROBLEMS", problems.c_str(), 1);
  Outcome before = Judge({"list", "--json"});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  auto find = [](const json& list, const std::string& id) {
    for (const auto& p : list["problems"])
      if (p["id"] == id) return p;
    return json();
  };
  EXPECT_EQ(find(json::parse(before.out), "zz-easy-sum")["status"], "untried");
  ASSERT_EQ(Judge({"submit", "zz-easy-sum", Write("sum.cpp", kAplusB).string()}).exit_code, 0);
  ASSERT_EQ(Judge({"submit", "zz-hard-sum", Write("off.cpp", "int main(){}\n").string()}).exit_code, 1);
  const json after = json::parse(Judge({"list", "--json"}).out);
  EXPECT_EQ(find(after, "zz-easy-sum")["status"], "solved");
  EXPECT_EQ(find(after, "zz-easy-sum")["attempts"], 1);
  EXPECT_EQ(find(after, "zz-hard-sum")["status"], "attempted");
  EXPECT_TRUE(find(after, "zz-hard-sum")["best_ratio"].is_null());
  EXPECT_EQ(find(after, "top-k-frequent")["status"], "untried");

  const json todo = json::parse(Judge({"list", "--json", "--todo"}).out);
  EXPECT_TRUE(find(todo, "zz-easy-sum").is_null());
  EXPECT_FALSE(find(todo, "zz-hard-sum").is_null());
  const json hard = json::parse(Judge({"list", "--json", "--difficulty", "hard", "--tag", "joins"}).out);
  EXPECT_FALSE(find(hard, "zz-hard-sum").is_null());
  for (const auto& p : hard["problems"]) {
    EXPECT_EQ(p["difficulty"], "hard");
    EXPECT_NE(std::find(p["tags"].begin(), p["tags"].end(), "joins"), p["tags"].end());
  }
  Outcome text = Judge({"list", "--tag", "sums"});
  EXPECT_NE(text.out.find("zz-easy-sum"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("solved"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("zz-hard-sum"), std::string::npos) << text.out;
  Outcome bad = Judge({"list", "--difficulty", "impossible"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "judge: --difficulty must be easy, medium or hard, not 'impossible'\n");
  unsetenv("JUDGE_PROBLEMS");
}

// A stdio starter reads the input's first line with the types of the sample's tokens, quotes
// the statement's input and output sections, and compiles (a wrong answer, not a CE).
// top-k-frequent also offers the function form, which `judge start` writes by default.
TEST_F(Candidate, StartWritesAStdioSkeletonThatCompiles) {
  REQUIRE_SANDBOX();
  const fs::path function = dir_ / "topk_function.cpp";
  Outcome by_default = Judge({"start", "top-k-frequent", function.string()});
  ASSERT_EQ(by_default.exit_code, 0) << by_default.err << by_default.out;
  EXPECT_NE(ReadAll(function).find("TopKFrequent(const std::vector<std::string>& words, int k) {"), std::string::npos)
      << ReadAll(function);
  const fs::path file = dir_ / "topk.cpp";
  Outcome start = Judge({"start", "top-k-frequent", file.string(), "--form", "stdio"});
  ASSERT_EQ(start.exit_code, 0) << start.err << start.out;
  const std::string text = ReadAll(file);
  EXPECT_NE(text.find("// Limits: CPU 3000 ms"), std::string::npos) << text;
  EXPECT_NE(text.find("//   The first line has two integers N and k."), std::string::npos) << text;
  EXPECT_NE(text.find("  long long first;\n  long long second;\n  std::cin >> first >> second;\n"), std::string::npos)
      << text;
  Outcome test = Judge({"test", "top-k-frequent", file.string()});
  EXPECT_EQ(test.exit_code, 1) << test.err << test.out;
  EXPECT_NE(test.out.find(" WA "), std::string::npos) << test.out;
  EXPECT_EQ(test.out.find("compile error"), std::string::npos) << test.out;
}

// "Say why a run was slow": a large stderr volume is named in the case's row, in a hint under
// the table and in --json; a little stderr is counted but not named.
TEST_F(Candidate, ALargeStderrVolumeIsReported) {
  REQUIRE_SANDBOX();
  MinimalPackage();
  const fs::path chatty = Write("chatty.cpp",
                                "#include <cstdio>\n#include <string>\n"
                                "int main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);\n"
                                "std::string line(1023, 'x'); line += '\\n';\n"
                                "for (int i = 0; i < 20 * 1024; ++i) std::fputs(line.c_str(), stderr);\n"
                                "std::printf(\"%lld\\n\",a+b);}\n");
  Outcome o = Judge({"submit", dir_.string(), chatty.string(), "--json", "--no-save", "--no-ladder"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  const json j = json::parse(o.out);
  ASSERT_EQ(j["cases"].size(), 2u);
  for (const auto& c : j["cases"]) EXPECT_EQ(c["stderr_bytes"], 20u << 20) << c.dump();
  Outcome text = Judge({"submit", dir_.string(), chatty.string(), "--no-save", "--no-ladder"});
  EXPECT_NE(text.out.find("wrote 20.0 MiB to stderr"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("writing to stderr costs time"), std::string::npos) << text.out;

  const fs::path quiet = Write("quiet.cpp",
                               "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);"
                               "std::fputs(\"debug\\n\", stderr);std::printf(\"%lld\\n\",a+b);}\n");
  Outcome q = Judge({"submit", dir_.string(), quiet.string(), "--json", "--no-save", "--no-ladder"});
  ASSERT_EQ(q.exit_code, 0) << q.err << q.out;
  EXPECT_EQ(json::parse(q.out)["cases"][0]["stderr_bytes"], 6);
  Outcome qt = Judge({"submit", dir_.string(), quiet.string(), "--no-save", "--no-ladder"});
  EXPECT_EQ(qt.out.find("to stderr"), std::string::npos) << qt.out;
}

// judge test says when an accepted sample's output differs from the .ans file within the
// float tolerance, instead of "output (matches)" over values that differ.
TEST_F(Candidate, TestSaysAcceptedWithinTolerance) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Half\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n"
                        "[checker]\ntype = \"float\"\nfloat_absolute = 0.01\nfloat_relative = 0.01\n");
  Write("data/sample/1.in", "1\n");
  Write("data/sample/1.ans", "0.5\n");
  Write("data/sample/2.in", "3\n");
  Write("data/sample/2.ans", "1.5\n");
  const fs::path close = Write("close.cpp",
                               "#include <cstdio>\nint main(){double x;std::scanf(\"%lf\",&x);"
                               "std::printf(x < 2 ? \"0.5\\n\" : \"1.501\\n\");}\n");
  Outcome o = Judge({"test", dir_.string(), close.string()});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  const size_t second = o.out.find("sample/2");
  ASSERT_NE(second, std::string::npos) << o.out;
  EXPECT_NE(o.out.find("output (matches)"), std::string::npos) << o.out;  // sample/1 is identical
  EXPECT_LT(o.out.find("output (matches)"), second) << o.out;
  EXPECT_NE(o.out.find("output accepted within tolerance", second), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("output (matches)", second), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("1.501", second), std::string::npos) << o.out;
}

// "Say what the judge is doing": on a terminal the progress line names the precompiled header
// being built (a fresh JUDGE_HOME) and each case being generated, with counts.
TEST_F(Candidate, ProgressLineSaysWhatIsBuiltAndGenerated) {
  REQUIRE_SANDBOX();
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1) to give judge a terminal";
  // A seed of this process's own, so the shared cache does not hold the generated input yet.
  const std::string seed = std::to_string(getpid()) + std::to_string(std::time(nullptr));
  Write("problem.toml", fmt::format("title = \"Gen\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n"
                                    "[[generated]]\nname = \"big\"\ngenerator = \"gen\"\nargs = [\"{0}\"]\n"
                                    "[[generated]]\nname = \"bigger\"\ngenerator = \"gen\"\nargs = [\"{0}1\"]\n",
                                    seed));
  Write("generators/gen.cpp", "#include <cstdio>\nint main(){std::puts(\"4 5\");}\n");
  Write("submissions/accepted/ab.cpp", kAplusB);
  Write("data/secret/1.in", "1 2\n");
  Write("data/secret/1.ans", "3\n");
  const fs::path solution = Write("ab.cpp", kAplusB);
  const fs::path home = dir_ / "fresh-home";  // no cache: the precompiled header is built
  const fs::path log = dir_ / "tty.log";
  const std::string command = fmt::format(
      "JUDGE_HOME='{}' script -qec \"'{}' submit '{}' '{}' --no-save --no-ladder\" /dev/null > '{}' 2>&1", home.string(),
      JUDGE_BINARY, dir_.string(), solution.string(), log.string());
  ASSERT_EQ(std::system(command.c_str()), 0) << ReadAll(log);
  const std::string tty = ReadAll(log);
  EXPECT_NE(tty.find("compiling; first building the precompiled <bits/stdc++.h> (once per machine, about 15 s)"),
            std::string::npos)
      << tty;
  EXPECT_NE(tty.find("generating secret/big (1 of 2 generated cases; cached for later runs)"), std::string::npos)
      << tty;
  EXPECT_NE(tty.find("generating secret/bigger (2 of 2"), std::string::npos) << tty;
  EXPECT_NE(tty.find("AC (accepted)"), std::string::npos) << tty;
  std::error_code ec;
  fs::remove_all(home, ec);
}

TEST_F(Candidate, CompareThresholdIsAPercentageAndInTheJson) {
  REQUIRE_SANDBOX();
  MinimalPackage();
  const fs::path ok = Write("ok.cpp", kAplusB);
  Outcome bad = Judge({"compare", dir_.string(), ok.string(), ok.string(), "--threshold", "150"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "judge: --threshold must be between 0 and 100 (percent)\n");
  Outcome o = Judge({"compare", dir_.string(), ok.string(), ok.string(), "--json", "--budget", "1", "--threshold", "0"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  const json j = json::parse(o.out);
  EXPECT_EQ(j["threshold"], 0.0);
  EXPECT_TRUE(j.contains("within_threshold"));
  EXPECT_FALSE(j["within_threshold"] == true) << o.out;  // a 0% band holds nothing
}

// Nothing a package, a compiler or a program prints reaches the terminal as a control
// sequence (stdout is not a terminal here, so the judge's own colours are off too: any ESC
// byte in the output came from outside).
TEST_F(Candidate, ControlSequencesFromPackagesAndProgramsAreEscapedInEveryCommand) {
  REQUIRE_SANDBOX();
  const std::string esc = "\x1b]0;pwned\x07\x1b[2J";
  Write("problem.toml", "title = \"Evil " + std::string("\\u001b") + "[31mTitle\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n");
  Write("statement.md", "# Evil\n" + esc + "statement\n");
  Write("data/sample/1.in", "1 2\n");
  Write("data/sample/1.ans", "3\n");
  Write("data/secret/1.in", "1 2\n");
  Write("data/secret/1.ans", "3\n");
  const fs::path noisy = Write("noisy.cpp",
                               "#include <cstdio>\nint main(){std::fputs(\"\\x1b[2J\\x1b]0;t\\aerr\\n\",stderr);"
                               "std::puts(\"\\x1b[31m3\\x1b[0m\");}\n");
  const fs::path broken = Write("broken.cpp", "int main() { return \"\x1b[2J\"; }\n");
  const std::vector<std::vector<std::string>> commands = {
      {"submit", dir_.string(), noisy.string()},
      {"test", dir_.string(), noisy.string()},
      {"submit", dir_.string(), broken.string(), "--label", "fine"},
      {"test", dir_.string(), broken.string()},
      {"show", dir_.string()},
      {"history", dir_.string()},
      {"start", dir_.string(), (dir_ / "started.cpp").string()},
      {"submit", dir_.string(), (dir_ / "missing\x1b[2J.cpp").string()},
  };
  for (const auto& args : commands) {
    Outcome o = Judge(args);
    EXPECT_EQ(o.out.find('\x1b'), std::string::npos) << args[0] << " stdout:\n" << o.out;
    EXPECT_EQ(o.err.find('\x1b'), std::string::npos) << args[0] << " stderr:\n" << o.err;
  }
  Outcome test = Judge({"test", dir_.string(), noisy.string()});
  EXPECT_NE(test.out.find("\\x1b[31m3\\x1b[0m"), std::string::npos) << test.out;  // shown, spelled out
  EXPECT_NE(test.out.find("\\x1b]0;t\\x07err"), std::string::npos) << test.out;
  setenv("JUDGE_PROBLEMS", dir_.parent_path().c_str(), 1);
  Outcome list = Judge({"list"});
  unsetenv("JUDGE_PROBLEMS");
  EXPECT_EQ(list.out.find('\x1b'), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("Evil \\x1b[31mTitle"), std::string::npos) << list.out;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
