// Hostile packages: symbolic links that lead out of a problem package (issue 11). A package is
// untrusted input; a link out of it is a one-line error naming the link (exit 2), nothing is
// judged, shown or saved. Links that stay inside keep working.
#include <nlohmann/json.hpp>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;

constexpr const char* kSecret = "TOP-SECRET-OUTSIDE-THE-PACKAGE";
const char* kAplusB =
    "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n";

class HostilePackage : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = e2e::HomeEnvironment::home() / "hostile" / name;
    fs::create_directories(dir_);
    pkg_ = dir_ / name;  // the problem id: each test's history is its own
    outside_ = dir_ / "outside";
    // What a link out would reveal: a file and a folder of cases next to the package.
    Write("outside/secret.ans", std::string(kSecret) + "\n");
    Write("outside/cases/1.in", "1 2\n");
    Write("outside/cases/1.ans", std::string(kSecret) + "\n");
    Write("outside/include/evil.h", "#pragma once\n");
    Write("outside/checker.cpp", "int main() { return 42; }\n");
    solution_ = Write("aplusb.cpp", kAplusB);
  }
  fs::path Write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  void Native() {
    Write(Pkg() + "/problem.toml", "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write(Pkg() + "/statement.md", "# A plus B\n\nAdd two numbers.\n");
    Write(Pkg() + "/data/sample/1.in", "2 2\n");
    Write(Pkg() + "/data/sample/1.ans", "4\n");
    Write(Pkg() + "/data/secret/1.in", "1 2\n");
    Write(Pkg() + "/data/secret/1.ans", "3\n");
    Write(Pkg() + "/submissions/accepted/aplusb.cpp", kAplusB);
  }
  void Kattis() {
    Write(Pkg() + "/problem.yaml", "name: A plus B\n");
    Write(Pkg() + "/data/sample/1.in", "2 2\n");
    Write(Pkg() + "/data/sample/1.ans", "4\n");
    Write(Pkg() + "/data/secret/1.in", "1 2\n");
    Write(Pkg() + "/data/secret/1.ans", "3\n");
    Write(Pkg() + "/submissions/accepted/aplusb.cpp", kAplusB);
  }
  std::string Pkg() const { return pkg_.filename().string(); }
  // Replaces package entry `rel` with a link to `target`.
  void Link(const std::string& rel, const fs::path& target) {
    const fs::path p = pkg_ / rel;
    fs::create_directories(p.parent_path());
    fs::remove_all(p);
    fs::create_symlink(target, p);
  }
  // `args` fail with exit 2 and one line naming `link` (package-relative) and `target`; the
  // secret is not shown anywhere and no attempt is saved.
  void ExpectRefused(const std::vector<std::string>& args, const std::string& link, const std::string& target) {
    SCOPED_TRACE(args[0]);
    const Outcome o = Judge(args);
    EXPECT_EQ(o.exit_code, 2) << o.err << o.out;
    EXPECT_NE(o.err.find("symbolic link " + link + " -> " + target + " leaves the package"), std::string::npos)
        << o.err;
    EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
    EXPECT_EQ(o.out.find(kSecret), std::string::npos) << o.out;
    EXPECT_EQ(o.err.find(kSecret), std::string::npos) << o.err;
  }
  // No attempt was saved: with the link replaced by a plain file or folder, the package loads
  // again and its history is empty.
  void ExpectNoHistory(const std::string& link) {
    const fs::path p = pkg_ / link;
    const bool folder = fs::is_directory(p);
    fs::remove(p);
    if (folder) fs::create_directories(p);
    else std::ofstream(p) << "3\n";
    const Outcome history = Judge({"history", pkg_.string(), "--json"});
    ASSERT_EQ(history.exit_code, 0) << history.err;
    EXPECT_TRUE(nlohmann::json::parse(history.out)["attempts"].empty()) << history.out;
  }
  void ExpectAllRefused(const std::string& link, const std::string& target) {
    ExpectRefused({"submit", pkg_.string(), solution_.string()}, link, target);
    ExpectRefused({"test", pkg_.string(), solution_.string()}, link, target);
    ExpectRefused({"verify", pkg_.string()}, link, target);
    ExpectNoHistory(link);
  }
  fs::path dir_, pkg_, outside_, solution_;
};

TEST_F(HostilePackage, NativeSecretAnswerLinkedOutOfThePackage) {
  Native();
  Link("data/secret/1.ans", outside_ / "secret.ans");
  ExpectAllRefused("data/secret/1.ans", (outside_ / "secret.ans").string());
}

TEST_F(HostilePackage, NativeSampleAnswerLinkedToEtcShadow) {
  Native();
  Link("data/sample/1.ans", "/etc/shadow");
  ExpectAllRefused("data/sample/1.ans", "/etc/shadow");
}

TEST_F(HostilePackage, KattisSampleFolderLinkedOutOfThePackage) {
  Kattis();
  Link("data/sample", outside_ / "cases");
  ExpectAllRefused("data/sample", (outside_ / "cases").string());
}

TEST_F(HostilePackage, NativeGroupFolderLinkedOutOfThePackage) {
  Native();
  Link("data/secret/group", outside_ / "cases");
  ExpectAllRefused("data/secret/group", (outside_ / "cases").string());
}

TEST_F(HostilePackage, LinkThroughProcSelfRoot) {
  Native();
  Link("data/secret/1.ans", "/proc/self/root/etc/passwd");
  ExpectAllRefused("data/secret/1.ans", "/proc/self/root/etc/passwd");
}

TEST_F(HostilePackage, RelativeLinkClimbingOutOfThePackage) {
  Kattis();
  Link("data/secret/1.ans", "../../../outside/secret.ans");
  ExpectAllRefused("data/secret/1.ans", "../../../outside/secret.ans");
}

TEST_F(HostilePackage, KattisIncludeFolderLinkedOut) {
  Kattis();
  Link("include", outside_ / "include");
  ExpectAllRefused("include", (outside_ / "include").string());
}

TEST_F(HostilePackage, StatementLinkedOut) {
  Native();
  Link("statement.md", outside_ / "secret.ans");
  ExpectRefused({"show", pkg_.string()}, "statement.md", (outside_ / "secret.ans").string());
  ExpectAllRefused("statement.md", (outside_ / "secret.ans").string());
}

TEST_F(HostilePackage, CheckerSourceLinkedOut) {
  Native();
  Write(Pkg() + "/problem.toml",
        "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
        "[checker]\ntype = \"custom\"\nprogram = \"checker/checker.cpp\"\nprotocol = \"kattis\"\n");
  Link("checker/checker.cpp", outside_ / "checker.cpp");
  ExpectAllRefused("checker/checker.cpp", (outside_ / "checker.cpp").string());
}

TEST_F(HostilePackage, SubmissionLinkedOut) {
  Native();
  Link("submissions/accepted/stolen.cpp", outside_ / "checker.cpp");
  ExpectRefused({"verify", pkg_.string()}, "submissions/accepted/stolen.cpp", (outside_ / "checker.cpp").string());
  ExpectRefused({"submit", pkg_.string(), solution_.string()}, "submissions/accepted/stolen.cpp",
                (outside_ / "checker.cpp").string());
}

TEST_F(HostilePackage, LinksInsideThePackageStillWork) {
  REQUIRE_SANDBOX();
  Kattis();
  Write(Pkg() + "/data/secret/2.in", "5 6\n");
  Write(Pkg() + "/data/secret/2.ans", "11\n");
  Link("data/sample/1.in", "../secret/2.in");    // the Kattis way of sharing a case
  Link("data/sample/1.ans", "../secret/2.ans");
  Link("data/secret/3.in", "2.in");               // a chain: 3.in -> 2.in
  Link("data/secret/3.ans", "../sample/1.ans");   // a chain: 3.ans -> ../sample/1.ans -> ../secret/2.ans
  const Outcome o = Judge({"submit", pkg_.string(), solution_.string(), "--json"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  const auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["verdict"], "AC");
  EXPECT_EQ(j["cases"].size(), 4u);
  const Outcome test = Judge({"test", pkg_.string(), solution_.string()});
  EXPECT_EQ(test.exit_code, 0) << test.err << test.out;
  EXPECT_NE(test.out.find("5 6"), std::string::npos) << test.out;  // the sample's input, read through its link
}

TEST_F(HostilePackage, ThePackageItselfMayBeReachedThroughALink) {
  REQUIRE_SANDBOX();
  Native();
  fs::create_directory_symlink(pkg_, dir_ / "alias");
  const Outcome o = Judge({"submit", (dir_ / "alias").string(), solution_.string(), "--json", "--no-save"});
  ASSERT_EQ(o.exit_code, 0) << o.err << o.out;
  EXPECT_EQ(nlohmann::json::parse(o.out)["verdict"], "AC");
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
