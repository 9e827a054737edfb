// Hostile sources through the real `judge submit`: attacks on the compiler (reading host files
// and devices, bombs that hang or flood it). Each must be CE within the compile limits, and
// neither the compile log nor any cached binary may contain host data.
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <sstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kSecret = "hostile-secret-answer-5e1f";

std::string FirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class HostileCompile : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = e2e::HomeEnvironment::home() / "hostile-compile";
    fs::create_directories(dir_ / "pkg/data/secret");
    std::ofstream(dir_ / "pkg/problem.toml") << "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n";
    std::ofstream(dir_ / "pkg/data/secret/1.in") << "1 2\n";
    std::ofstream(dir_ / "pkg/data/secret/1.ans") << kSecret << "\n";
  }
  void SetUp() override {
    REQUIRE_SANDBOX();
    // Build the precompiled header once, outside the timed attacks.
    static const bool warmed = [] {
      std::ofstream(dir_ / "warm.cpp") << "int main(){}\n";
      e2e::Judge({"submit", (dir_ / "pkg").string(), (dir_ / "warm.cpp").string(), "--no-save"});
      return true;
    }();
    (void)warmed;
  }

  // Submits `source`; expects CE within `budget`, and no host data in the log or the cache.
  nlohmann::json ExpectCompileError(const std::string& source, std::chrono::seconds budget = std::chrono::seconds(40)) {
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    const fs::path file = dir_ / (name + ".cpp");
    std::ofstream(file) << source;
    const auto start = Clock::now();
    e2e::Outcome o = e2e::Judge({"submit", (dir_ / "pkg").string(), file.string(), "--json", "--no-save"});
    const auto took = Clock::now() - start;
    EXPECT_LT(took, budget) << "the attack held the compiler for "
                            << std::chrono::duration_cast<std::chrono::seconds>(took).count() << " s";
    EXPECT_EQ(o.exit_code, 1) << o.err << o.out;
    nlohmann::json j = nlohmann::json::parse(o.out, nullptr, false);
    if (j.is_discarded()) {
      ADD_FAILURE() << "not JSON: " << o.out << o.err;
      return j;
    }
    EXPECT_EQ(j["verdict"], "CE") << o.out;
    EXPECT_EQ(j["compile"]["ok"], false);
    const std::string log = j["compile"]["log"].get<std::string>();
    EXPECT_LE(log.size(), 2u * 64 * 1024 + 4096) << "the compile log is not capped";
    for (const std::string& secret : Secrets()) {
      EXPECT_EQ(log.find(secret), std::string::npos) << "host data in the compile log: " << secret;
      EXPECT_EQ(o.err.find(secret), std::string::npos) << "host data on stderr: " << secret;
    }
    ExpectNoSecretInCache();
    return j;
  }

  static std::vector<std::string> Secrets() {
    std::vector<std::string> s = {kSecret};
    for (const char* path : {"/etc/shadow", "/etc/passwd"}) {
      std::string line = FirstLine(path);
      if (line.size() > 8) s.push_back(line);
    }
    return s;
  }

  static void ExpectNoSecretInCache() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(e2e::HomeEnvironment::home() / "cache" / "bin", ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      const std::string data = Slurp(it->path());
      for (const std::string& secret : Secrets()) {
        EXPECT_EQ(data.find(secret), std::string::npos) << it->path() << " contains host data";
      }
    }
  }

  static inline fs::path dir_;
};

TEST_F(HostileCompile, IncludeDevRandomIsCompileError) { ExpectCompileError("#include \"/dev/random\"\nint main(){}\n"); }

TEST_F(HostileCompile, IncludeDevZeroIsCompileErrorWithinLimits) {
  ExpectCompileError("#include </dev/zero>\nint main(){}\n");
}

TEST_F(HostileCompile, IncludeDevUrandomIsCompileErrorWithinLimits) {
  ExpectCompileError("#include \"/dev/urandom\"\nint main(){}\n");
}

TEST_F(HostileCompile, IncludeEtcShadowIsCompileError) { ExpectCompileError("#include \"/etc/shadow\"\nint main(){}\n"); }

TEST_F(HostileCompile, IncludeSecretAnswerByAbsolutePathIsCompileError) {
  ExpectCompileError("#include \"" + (dir_ / "pkg/data/secret/1.ans").string() + "\"\nint main(){}\n");
}

TEST_F(HostileCompile, IncludeSecretAnswerByRelativePathIsCompileError) {
  // Relative to the solution's folder on the host, and relative to the package layout.
  ExpectCompileError("#include \"pkg/data/secret/1.ans\"\nint main(){}\n");
  ExpectCompileError("#include \"../data/secret/1.ans\"\n#include \"../../pkg/data/secret/1.ans\"\nint main(){}\n");
}

TEST_F(HostileCompile, ErrorFloodIsCappedCompileError) {
  std::string source = "int main() {\n";
  for (int i = 0; i < 5000; ++i) source += "  undeclared_" + std::to_string(i) + " = " + std::to_string(i) + ";\n";
  source += "}\n";
  nlohmann::json j = ExpectCompileError(source);
  const std::string log = j["compile"]["log"].get<std::string>();
  EXPECT_EQ(log.find("undeclared_100"), std::string::npos) << "-fmax-errors did not stop the flood";
}

TEST_F(HostileCompile, TemplateRecursionBombIsCompileError) {
  ExpectCompileError(
      "template <int N> struct Bomb { using type = typename Bomb<N + 1>::type; };\n"
      "Bomb<0>::type x;\nint main(){}\n");
}

TEST_F(HostileCompile, ExponentialTemplateBombIsCompileErrorWithinLimits) {
  ExpectCompileError(
      "template <int N, int M> struct B { static constexpr long v = B<N - 1, M * 2>::v + B<N - 1, M * 2 + 1>::v; };\n"
      "template <int M> struct B<0, M> { static constexpr long v = M; };\n"
      "int main() { return static_cast<int>(B<40, 0>::v); }\n",
      std::chrono::seconds(70));  // a memory bomb, not a hang: bounded by the 2 GiB and 60 s compile limits
}

TEST_F(HostileCompile, ConstexprLoopBombIsCompileError) {
  ExpectCompileError(
      "constexpr long Spin() { long x = 0; while (true) ++x; return x; }\n"
      "constexpr long kV = Spin();\nint main() { return static_cast<int>(kV); }\n");
}

TEST_F(HostileCompile, HugeStaticArrayIsCompileErrorNamingTheLimit) {
  const nlohmann::json j = ExpectCompileError("char a[1ull << 31] = {1};\nint main() { return a[12345]; }\n");
  // g++ itself only says "internal compiler error: File size limit exceeded signal terminated
  // program as"; the judge says which of its limits that was.
  EXPECT_NE(j["compile"]["log"].get<std::string>().find("compilation exceeded the file size limit ("),
            std::string::npos) << j["compile"]["log"];
}

// problemtools compiles without limits, so a 512 MiB initialised array compiles there and its
// program runs; in a Kattis package it does here too (the compile may write 1 GiB).
TEST_F(HostileCompile, KattisPackageCompilesA512MiBInitialisedArrayAsProblemtoolsDoes) {
  const fs::path pkg = dir_ / "kattis";
  fs::create_directories(pkg / "data/secret");
  std::ofstream(pkg / "problem.yaml") << "problem_format_version: 2023-07-draft\nname: Big\nlimits:\n  time_limit: 2\n";
  std::ofstream(pkg / "data/secret/1.in") << "1\n";
  std::ofstream(pkg / "data/secret/1.ans") << "3\n";
  const fs::path file = dir_ / "big_array.cpp";
  std::ofstream(file) << "#include <cstdio>\nchar a[512u << 20] = {1};\n"
                         "int main() { a[100u << 20] = 2; std::printf(\"%d\\n\", a[0] + a[100u << 20]); }\n";
  e2e::Outcome o = e2e::Judge({"submit", pkg.string(), file.string(), "--json", "--no-save"});
  EXPECT_EQ(o.exit_code, 0) << o.err << o.out;
  nlohmann::json j = nlohmann::json::parse(o.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << o.out << o.err;
  EXPECT_EQ(j["verdict"], "AC") << o.out;
  EXPECT_TRUE(j["compile"]["ok"].get<bool>()) << j["compile"]["log"];
}

TEST_F(HostileCompile, IncbinEtcPasswdIsCompileError) {
  ExpectCompileError("asm(\".section .rodata\\n.incbin \\\"/etc/passwd\\\"\\n.previous\");\nint main(){}\n");
}

TEST_F(HostileCompile, IncludeItselfIsCompileError) { ExpectCompileError("#include __FILE__\nint main(){}\n"); }

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment(/*share_cache=*/false));
  return RUN_ALL_TESTS();
}
