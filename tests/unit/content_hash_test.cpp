#include "judge/packages/content_hash.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <fstream>

namespace judge {
namespace {

namespace fs = std::filesystem;

class ContentHash : public ::testing::Test {
 protected:
  void SetUp() override {
    char templ[] = "/tmp/judge-hash-XXXXXX";
    root_ = mkdtemp(templ);
  }
  void TearDown() override { fs::remove_all(root_); }
  void Write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  }
  fs::path Package(const std::string& name) {
    const fs::path dir = root_ / name;
    Write(dir / "problem.toml", "title = \"A plus B\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n");
    Write(dir / "data/secret/1.in", "1 2\n");
    Write(dir / "data/secret/1.ans", "3\n");
    return dir;
  }
  std::string Hash(const fs::path& dir) {
    auto h = PackageContentHash(dir);
    EXPECT_TRUE(h) << h.error().message;
    return h ? *h : "";
  }
  fs::path root_;
};

TEST_F(ContentHash, TwoCopiesWithTheSameFilesHashTheSame) {
  const std::string a = Hash(Package("a"));
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a, Hash(Package("b")));
}

TEST_F(ContentHash, AnyChangedByteRenameOrNewFileChangesTheHash) {
  const fs::path dir = Package("a");
  const std::string before = Hash(dir);
  Write(dir / "data/secret/1.ans", "4\n");  // same size, other byte
  const std::string changed = Hash(dir);
  EXPECT_NE(changed, before);
  Write(dir / "data/secret/1.ans", "3\n");
  EXPECT_EQ(Hash(dir), before);  // remembered hashes follow the edit back
  fs::rename(dir / "data/secret/1.in", dir / "data/secret/2.in");
  EXPECT_NE(Hash(dir), before);
  fs::rename(dir / "data/secret/2.in", dir / "data/secret/1.in");
  Write(dir / "submissions/accepted/x.cpp", "int main() {}\n");
  EXPECT_NE(Hash(dir), before);
}

TEST_F(ContentHash, ContentsCannotMoveBetweenFileNamesUnnoticed) {
  const fs::path a = root_ / "a", b = root_ / "b";
  Write(a / "x", "yz");
  Write(b / "xy", "z");
  EXPECT_NE(Hash(a), Hash(b));
}

TEST_F(ContentHash, LinksAreHashedAsTheirTargetTextAndNeverFollowed) {
  const fs::path a = Package("a"), b = Package("b");
  Write(root_ / "outside", "secret\n");
  fs::create_symlink(root_ / "outside", a / "data/secret/2.ans");
  fs::create_symlink(root_ / "outside", b / "data/secret/2.ans");
  const std::string before = Hash(a);
  EXPECT_EQ(before, Hash(b));
  Write(root_ / "outside", "other secret, longer\n");  // the target's content is not the package's
  EXPECT_EQ(Hash(a), before);
  fs::remove(b / "data/secret/2.ans");
  fs::create_symlink(root_ / "elsewhere", b / "data/secret/2.ans");
  EXPECT_NE(Hash(b), before);
}

TEST_F(ContentHash, ASocketInThePackageIsABadPackageNamingIt) {
  const fs::path dir = Package("a");
  const fs::path sock = dir / "data" / "s";
  const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  ASSERT_LT(sock.string().size(), sizeof(addr.sun_path));
  std::snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", sock.c_str());
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
  auto h = PackageContentHash(dir);
  close(fd);
  ASSERT_FALSE(h);
  EXPECT_EQ(h.error().kind, sandbox::ErrorKind::kBadPackage);
  EXPECT_EQ(h.error().message, "data/s in package " + dir.string() + " is neither a file, a folder nor a link");
}

TEST_F(ContentHash, AMissingFolderIsABadPackage) {
  auto h = PackageContentHash(root_ / "missing");
  ASSERT_FALSE(h);
  EXPECT_EQ(h.error().kind, sandbox::ErrorKind::kBadPackage);
}

}  // namespace
}  // namespace judge
