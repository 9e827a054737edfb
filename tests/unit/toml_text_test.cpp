// The guard in front of toml++ (judge/packages/toml_text.h) and what the loader says with it.
#include "judge/packages/toml_text.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "judge/packages/problem_loader.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

std::string Where(std::string_view text) {
  auto at = FirstNonAsciiOutsideStrings(text);
  return at ? std::to_string(at->line) + ":" + std::to_string(at->column) : "none";
}

TEST(FirstNonAsciiOutsideStrings, StringsAndCommentsMayHoldAnything) {
  EXPECT_EQ(Where("title = \"Café ☕\"\n# é\nx = 'ü'\n"), "none");
  EXPECT_EQ(Where("a = \"\"\"\nmulti é\n\"\"\"\nb = '''\né'''\n"), "none");
  EXPECT_EQ(Where("\"clé\" = 1\n"), "none");
  EXPECT_EQ(Where("a = \"q\\\"é\"\n"), "none");  // an escaped quote does not end the string
}

TEST(FirstNonAsciiOutsideStrings, NamesTheFirstElsewhere) {
  EXPECT_EQ(Where("tié = 1\n"), "1:3");
  EXPECT_EQ(Where("title = \"é\"\n[limits]\ntime_limit = 1.0ﱀ\n"), "3:17");
  EXPECT_EQ(Where("a = \"\"\"x\"\"\"\"é\n"), "1:13");  // """x"""" is x": the é is outside
  EXPECT_EQ(Where("a = 'x\né = 1\n"), "2:1");           // a one-line string ends at the newline
}

// Found by tests/fuzz/problem_toml_fuzz: toml++ 3.3 reaches __builtin_unreachable on "tié".
TEST(FirstNonAsciiOutsideStrings, TheLoaderRefusesBeforeTomlppSeesIt) {
  char templ[] = "/tmp/judge-toml-text-XXXXXX";
  const fs::path dir = mkdtemp(templ);
  fs::create_directories(dir / "data" / "secret");
  std::ofstream(dir / "data" / "secret" / "1.in") << "1\n";
  std::ofstream(dir / "data" / "secret" / "1.ans") << "1\n";
  std::ofstream(dir / "problem.toml") << "tié = 1\n";
  auto p = LoadProblem(dir);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message, (dir / "problem.toml").string() + ":1:3: a non-ASCII character outside a string or a comment");
  std::ofstream(dir / "problem.toml") << "title = \"Café\"\n[limits]\ntime_limit = 1.0\nmemory = 64\n";
  auto ok = LoadProblem(dir);
  EXPECT_TRUE(ok.ok()) << ok.error().message;
  fs::remove_all(dir);
}

// Found by tests/fuzz/kattis_yaml_fuzz: yaml-cpp's message quoted a newline of the file, and
// the loader's error became two lines. Replays the fuzzer's input.
TEST(LoaderMessages, StayOneLineWhateverThePackageHolds) {
  std::ifstream in(JUDGE_TESTS_DIR "/fuzz/regressions/kattis_yaml_fuzz/newline-in-yaml-cpp-message", std::ios::binary);
  const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(input.empty());
  char templ[] = "/tmp/judge-loader-messages-XXXXXX";
  const fs::path dir = mkdtemp(templ);
  fs::create_directories(dir / "data" / "secret");
  std::ofstream(dir / "data" / "secret" / "1.in") << "1\n";
  std::ofstream(dir / "data" / "secret" / "1.ans") << "1\n";
  std::ofstream(dir / "problem.yaml", std::ios::binary) << input.substr(0, input.find("\n---8<---\n"));
  auto p = LoadProblem(dir);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message.find('\n'), std::string::npos) << p.error().message;
  EXPECT_NE(p.error().message.find("unknown escape character: \\n"), std::string::npos) << p.error().message;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace judge
