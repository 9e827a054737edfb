// PackageDir: paths resolve beneath the package root, with openat2 and with the component walk
// that replaces it where openat2 is missing (ENOSYS), forced here by ForceWalkForTesting.
#include "judge/packages/package_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <fstream>
#include <stdexcept>

#include "judge/packages/problem_loader.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

// Runs every test twice: openat2 (false) and the O_NOFOLLOW walk (true).
class PackageDirTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-pkgdir-XXXXXX";
    tmp_ = mkdtemp(templ);
    root_ = tmp_ / "pkg";
    outside_ = tmp_ / "outside.txt";
    Write(outside_, "secret outside\n");
    Write(root_ / "data/secret/1.in", "1 2\n");
    Write(root_ / "data/secret/1.ans", "3\n");
    PackageDir::ForceWalkForTesting(GetParam());
    // The openat2 half tests openat2: where the kernel or a seccomp filter lacks it, PackageDir
    // walks instead, which the other half already covers.
    if (!GetParam() && !HostHasOpenat2()) GTEST_SKIP() << "openat2 is unavailable here (ENOSYS or EPERM)";
  }
  static bool HostHasOpenat2() {
    struct open_how how {};
    how.flags = O_PATH | O_CLOEXEC;
    how.resolve = RESOLVE_BENEATH;
    const long fd = ::syscall(SYS_openat2, AT_FDCWD, ".", &how, sizeof how);
    if (fd < 0) return errno != ENOSYS && errno != EPERM;
    ::close(static_cast<int>(fd));
    return true;
  }
  void TearDown() override {
    PackageDir::ForceWalkForTesting(false);
    fs::remove_all(tmp_);
  }
  static void Write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  }
  PackageDir Open() {
    auto pkg = PackageDir::Open(root_);
    if (!pkg) throw std::runtime_error("cannot open the package: " + pkg.error().message);  // fails the test
    return std::move(*pkg);
  }
  fs::path tmp_, root_, outside_;
};

TEST_P(PackageDirTest, ReadsPlainFiles) {
  auto pkg = Open();
  auto text = pkg.Read(root_ / "data/secret/1.ans");
  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(*text, "3\n");
  EXPECT_TRUE(pkg.IsDirectory(root_ / "data/secret"));
  EXPECT_TRUE(pkg.IsRegularFile(root_ / "data/secret/1.in"));
  EXPECT_FALSE(pkg.IsRegularFile(root_ / "data/secret/2.in"));
  auto names = pkg.List(root_ / "data/secret");
  ASSERT_TRUE(names) << names.error().message;
  EXPECT_EQ(*names, (std::vector<std::string>{"1.ans", "1.in"}));
  EXPECT_FALSE(pkg.CheckLinks());
}

// A FIFO where a test file should be would block a reader forever: it is refused at once.
TEST_P(PackageDirTest, AFifoIsRefusedWithoutBlocking) {
  fs::remove(root_ / "data/secret/1.ans");
  ASSERT_EQ(::mkfifo((root_ / "data/secret/1.ans").c_str(), 0644), 0);
  auto pkg = Open();
  auto text = pkg.Read(root_ / "data/secret/1.ans");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().message, (root_ / "data/secret/1.ans").string() + ": not a regular file");
}

TEST_P(PackageDirTest, LinksInsideWork) {
  fs::create_directories(root_ / "data/sample");
  fs::create_symlink("../secret/1.in", root_ / "data/sample/1.in");
  fs::create_directory_symlink("data/secret", root_ / "tests");
  fs::create_symlink("../tests/1.ans", root_ / "data/hop");       // chain: hop -> tests (a link) -> 1.ans
  fs::create_symlink("hop", root_ / "data/hop2");
  auto pkg = Open();
  EXPECT_EQ(*pkg.Read(root_ / "data/sample/1.in"), "1 2\n");
  EXPECT_EQ(*pkg.Read(root_ / "tests/1.ans"), "3\n");
  auto hop = pkg.Read(root_ / "data/hop2");
  ASSERT_TRUE(hop) << hop.error().message;
  EXPECT_EQ(*hop, "3\n");
  EXPECT_TRUE(pkg.IsDirectory(root_ / "tests"));
  EXPECT_FALSE(pkg.CheckLinks()) << pkg.CheckLinks()->message;
}

TEST_P(PackageDirTest, AbsoluteLinkIsRefusedAndNamed) {
  fs::remove(root_ / "data/secret/1.ans");
  fs::create_symlink(outside_, root_ / "data/secret/1.ans");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "data/secret/1.ans");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().kind, sandbox::ErrorKind::kBadPackage);
  EXPECT_NE(text.error().message.find("symbolic link data/secret/1.ans -> " + outside_.string() + " leaves the package"),
            std::string::npos)
      << text.error().message;
  EXPECT_EQ(text.error().message.find('\n'), std::string::npos);
  EXPECT_FALSE(pkg.IsRegularFile(root_ / "data/secret/1.ans"));
  auto check = pkg.CheckLinks();
  ASSERT_TRUE(check);
  EXPECT_NE(check->message.find("data/secret/1.ans"), std::string::npos) << check->message;
}

TEST_P(PackageDirTest, DotDotEscapeIsRefused) {
  fs::create_symlink("../../../outside.txt", root_ / "data/secret/2.ans");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "data/secret/2.ans");
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("symbolic link data/secret/2.ans -> ../../../outside.txt leaves the package"),
            std::string::npos)
      << text.error().message;
  // A lexical ".." above the root is not inside at all.
  EXPECT_FALSE(pkg.Read(root_ / ".." / "outside.txt"));
  EXPECT_FALSE(pkg.Contains(root_ / ".." / "outside.txt"));
  EXPECT_TRUE(pkg.CheckLinks());
}

TEST_P(PackageDirTest, FolderLinkOutIsRefusedForFilesBelowIt) {
  fs::create_directories(tmp_ / "elsewhere");
  Write(tmp_ / "elsewhere/1.in", "stolen\n");
  fs::create_directory_symlink(tmp_ / "elsewhere", root_ / "data/sample");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "data/sample/1.in");
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("symbolic link data/sample -> "), std::string::npos) << text.error().message;
  EXPECT_FALSE(pkg.List(root_ / "data/sample"));
  EXPECT_FALSE(pkg.IsDirectory(root_ / "data/sample"));
}

TEST_P(PackageDirTest, ChainThatLeavesIsRefusedNamingTheLastLink) {
  fs::create_symlink("b", root_ / "a");
  fs::create_symlink("data/../../outside.txt", root_ / "b");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "a");
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("symbolic link b -> data/../../outside.txt leaves the package"),
            std::string::npos)
      << text.error().message;
}

TEST_P(PackageDirTest, ProcMagicLinksAreRefused) {
  fs::create_symlink("/proc/self/root/etc/passwd", root_ / "passwd");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "passwd");
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("symbolic link passwd -> /proc/self/root/etc/passwd leaves the package"),
            std::string::npos)
      << text.error().message;
}

TEST_P(PackageDirTest, LinkLoopIsAnError) {
  fs::create_symlink("loop2", root_ / "loop1");
  fs::create_symlink("loop1", root_ / "loop2");
  auto pkg = Open();
  auto text = pkg.Read(root_ / "loop1");
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("too many levels of symbolic links"), std::string::npos) << text.error().message;
  EXPECT_TRUE(pkg.CheckLinks());
}

TEST_P(PackageDirTest, RootMayBeALink) {
  fs::create_directory_symlink(root_, tmp_ / "alias");
  auto pkg = PackageDir::Open(tmp_ / "alias");
  ASSERT_TRUE(pkg) << pkg.error().message;
  EXPECT_EQ(*pkg->Read(tmp_ / "alias/data/secret/1.in"), "1 2\n");
  EXPECT_FALSE(pkg->CheckLinks());
}

TEST_P(PackageDirTest, LoadProblemRefusesAPackageWithALinkOut) {
  Write(root_ / "problem.toml", "title = \"t\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
  ASSERT_TRUE(LoadProblem(root_)) << LoadProblem(root_).error().message;
  fs::create_symlink(outside_, root_ / "statement.md");
  auto p = LoadProblem(root_);
  ASSERT_FALSE(p);
  EXPECT_EQ(p.error().kind, sandbox::ErrorKind::kBadPackage);
  EXPECT_NE(p.error().message.find("symbolic link statement.md -> "), std::string::npos) << p.error().message;
}

INSTANTIATE_TEST_SUITE_P(Resolution, PackageDirTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& param) { return param.param ? "ComponentWalk" : "Openat2"; });

}  // namespace
}  // namespace judge
