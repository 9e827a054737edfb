// Interactive problems (kind = "interactive") through the built binary: the interactor talks to
// the sandboxed solution over two pipes; 42/43 decide, a failing solution keeps its own verdict,
// a misbehaving interactor is JE.
#include <nlohmann/json.hpp>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

// Sends each number of the input file, expects its double back before sending the next.
const char* kInteractor = R"(#include <cstdio>
#include <string>
int main(int argc, char** argv) {
  FILE* in = std::fopen(argv[1], "r");
  FILE* msg = std::fopen((std::string(argv[3]) + "judgemessage.txt").c_str(), "w");
  long long x, got;
  int i = 0;
  while (std::fscanf(in, "%lld", &x) == 1) {
    ++i;
    std::printf("%lld\n", x);
    std::fflush(stdout);
    if (std::scanf("%lld", &got) != 1) { std::fprintf(msg, "question %d: no answer\n", i); return 43; }
    if (got != 2 * x) { std::fprintf(msg, "question %d: expected %lld, got %lld\n", i, 2 * x, got); return 43; }
  }
  std::printf("0\n");
  std::fflush(stdout);
  return 42;
}
)";

std::string Doubler(const std::string& factor) {
  return "#include <cstdio>\nint main(){long long x;while(std::scanf(\"%lld\",&x)==1&&x!=0){std::printf(\"%lld\\n\",x*" +
         factor + ");std::fflush(stdout);}}\n";
}

class Interactive : public e2e::PackageTest {
 protected:
  void SetUp() override {
    PackageTest::SetUp();
    Write("problem.toml", "title = \"Double it\"\nkind = \"interactive\"\n"
                          "[interactor]\nprogram = \"interactor/interactor.cpp\"\n"
                          "[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write("interactor/interactor.cpp", kInteractor);
    Write("data/sample/1.in", "3\n");
    Write("data/sample/1.ans", "6\n");
    Write("data/secret/a.in", "5 7 11\n");
    Write("data/secret/a.ans", "10 14 22\n");
  }
};

TEST_F(Interactive, AnsweringEveryQuestionIsAccepted) {
  REQUIRE_SANDBOX();
  json j = Submit("ok.cpp", Doubler("2"), 0);
  EXPECT_EQ(j["verdict"], "AC");
  ASSERT_EQ(j["cases"].size(), 2u);
  EXPECT_EQ(j["cases"][1]["verdict"], "AC");
}

TEST_F(Interactive, AWrongAnswerCarriesTheInteractorsMessage) {
  REQUIRE_SANDBOX();
  json j = Submit("triple.cpp", Doubler("3"), 1);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["cases"][0]["message"], "question 1: expected 6, got 9");
}

TEST_F(Interactive, ASolutionThatNeverAnswersGetsTimeLimit) {
  REQUIRE_SANDBOX();
  // Reads the question and waits for the next one: both sides wait until the wall limit.
  json j = Submit("silent.cpp", "#include <cstdio>\nint main(){long long x;while(std::scanf(\"%lld\",&x)==1){}}\n", 1);
  EXPECT_EQ(j["verdict"], "TLE");
  EXPECT_NE(j["cases"][0]["message"].get<std::string>().find("wall time"), std::string::npos) << j.dump();
}

TEST_F(Interactive, ASolutionThatExitsEarlyIsWrongAnswer) {
  REQUIRE_SANDBOX();
  // The interactor sees EOF ("no answer") or, when its write comes after the exit, SIGPIPE.
  json j = Submit("quit.cpp", "int main(){}\n", 1);
  EXPECT_EQ(j["verdict"], "WA");
}

TEST_F(Interactive, ASolutionThatCrashesKeepsItsVerdict) {
  REQUIRE_SANDBOX();
  json j = Submit("crash.cpp", "#include <cstdio>\n#include <cstdlib>\nint main(){long long x;std::scanf(\"%lld\",&x);std::abort();}\n", 1);
  EXPECT_EQ(j["verdict"], "RE");
}

TEST_F(Interactive, ACrashingInteractorIsAJudgeError) {
  REQUIRE_SANDBOX();
  Write("interactor/interactor.cpp",
        "#include <cstdio>\n#include <cstdlib>\nint main(){std::printf(\"1\\n\");std::fflush(stdout);long long x;"
        "std::scanf(\"%lld\",&x);std::abort();}\n");
  json j = Submit("ok.cpp", Doubler("2"), 3);
  EXPECT_EQ(j["verdict"], "JE");
}

TEST_F(Interactive, AnInteractorPastItsTimeoutIsAJudgeError) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Double it\"\nkind = \"interactive\"\n"
                        "[interactor]\nprogram = \"interactor/interactor.cpp\"\ntimeout = 1\n"
                        "[limits]\ntime_limit = 1.0\nwall_time_limit = 5\nmemory = 256\n");
  // Closes its output so the solution ends, then never exits.
  Write("interactor/interactor.cpp", "#include <unistd.h>\nint main(){close(1);for(;;)pause();}\n");
  json j = Submit("ok.cpp", Doubler("2"), 3);
  EXPECT_EQ(j["verdict"], "JE");
  EXPECT_NE(j["cases"][0]["message"].get<std::string>().find("interactor/interactor.cpp"), std::string::npos) << j.dump();
}

// `judge test` shows the exchange as the program saw it, not the interactor's input file: what
// it was sent, what it printed, interleaved, and the first answer that differs from the .ans.
TEST_F(Interactive, TestShowsTheConversationAndTheFirstDifference) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"test", dir_.string(), Write("triple.cpp", Doubler("3")).string()});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  EXPECT_NE(o.out.find("sample/1 WA"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("  conversation (> sent to your program, < what it printed):\n    > 3\n    < 9\n"),
            std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("question 1: expected 6, got 9"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("your answers vs the expected ones"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("!    1  6"), std::string::npos) << o.out;  // the first difference, marked
  EXPECT_EQ(o.out.find("(missing)"), std::string::npos) << o.out;
}

TEST_F(Interactive, TestOfAnAcceptedSolutionShowsTheWholeConversation) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"test", dir_.string(), Write("ok.cpp", Doubler("2")).string()});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_NE(o.out.find("    > 3\n    < 6\n    > 0\n"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("(empty)"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("output (matches)"), std::string::npos) << o.out;
}

// An answer left in the stdout buffer never reaches the interactor: both wait for the wall
// limit. The message names the likely cause, and `judge test` shows where it stopped.
TEST_F(Interactive, AnUnflushedAnswerIsNamedAsTheLikelyCause) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Double it\"\nkind = \"interactive\"\n"
                        "[interactor]\nprogram = \"interactor/interactor.cpp\"\n"
                        "[limits]\ntime_limit = 1.0\nwall_time_limit = 2\nmemory = 256\n");
  const std::string unflushed =
      "#include <cstdio>\nint main(){long long x;while(std::scanf(\"%lld\",&x)==1&&x!=0)std::printf(\"%lld\\n\",2*x);}\n";
  json j = Submit("unflushed.cpp", unflushed, 1);
  EXPECT_EQ(j["verdict"], "TLE");
  EXPECT_NE(j["cases"][0]["message"].get<std::string>().find("did not flush"), std::string::npos) << j.dump();
  Outcome o = Judge({"test", dir_.string(), (dir_ / "unflushed.cpp").string()});
  EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
  EXPECT_NE(o.out.find("    > 3\n"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("the last line went to your program, and no answer came back before the limit"),
            std::string::npos)
      << o.out;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
