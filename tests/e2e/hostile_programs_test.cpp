// Package programs are untrusted (issue 11): a checker, its `build` script, a generator, an
// interactor and an input validator that try to read a host file, write a host path or open a
// network connection. Each runs in a package box of its own: the host stays untouched, nothing
// it could not read appears in the report, and a program killed for trying is JE (exit 3)
// naming it. Each test writes its own small package.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <random>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;

// Echoes its one input line: the reference and the solutions of every package here.
constexpr const char* kEcho =
    "#include <iostream>\n#include <string>\nint main(){std::string s;std::getline(std::cin,s);std::cout<<s<<'\\n';}\n";

class HostilePrograms : public e2e::PackageTest {
 protected:
  void SetUp() override {
    PackageTest::SetUp();
    std::random_device rd;
    token_ = "secret-" + std::to_string(getpid()) + "-" + std::to_string(rd());
    // Outside the package: a host file with known content, and a folder the programs try to
    // write into, both readable and writable by anyone (as the box's identity would need).
    outside_ = e2e::HomeEnvironment::home() / "outside" / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(outside_);
    fs::permissions(outside_, fs::perms::all);
    fs::permissions(outside_.parent_path(), fs::perms::all);
    fs::permissions(e2e::HomeEnvironment::home(), fs::perms::all);
    secret_ = outside_ / "secret.txt";
    std::ofstream(secret_) << token_ << "\n";
    fs::permissions(secret_, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                 fs::perms::others_read);
    host_tmp_ = fs::path("/tmp") / ("judge-hostile-" + token_);
    host_out_ = outside_ / "written.txt";
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove(host_tmp_, ec);
    fs::remove_all(outside_, ec);
  }

  // C++ that tries everything on the file system and keeps what it read in `got` (a std::string).
  std::string Snoop() const {
    return "  std::string got;\n"
           "  for (const char* path : {\"" + secret_.string() + "\", \"/etc/shadow\"}) {\n"
           "    std::ifstream f(path); std::string line;\n"
           "    while (std::getline(f, line)) got += line + ' ';\n"
           "  }\n"
           "  std::ofstream(\"" + host_tmp_.string() + "\") << \"written by the package\\n\";\n"
           "  std::ofstream(\"" + host_out_.string() + "\") << \"written by the package\\n\";\n";
  }
  static std::string Includes() { return "#include <fstream>\n#include <iostream>\n#include <string>\n"; }

  // The report for failure messages, with anything /etc/shadow could have put there cut out:
  // a judge that leaks must not leak it into the test log too.
  static std::string Redacted(std::string text) {
    for (size_t at = 0; (at = text.find("root:", at)) != std::string::npos;) {
      const size_t end = text.find('\n', at);
      text.replace(at, (end == std::string::npos ? text.size() : end) - at, "<redacted>");
      at += 10;
    }
    return text;
  }

  void ExpectHostUntouched(const std::string& report) const {
    EXPECT_EQ(report.find(token_), std::string::npos) << "the host file's content leaked:\n" << Redacted(report);
    EXPECT_EQ(report.find("root:"), std::string::npos) << "/etc/shadow leaked";
    EXPECT_FALSE(fs::exists(host_tmp_)) << host_tmp_ << " was written on the host";
    EXPECT_FALSE(fs::exists(host_out_)) << host_out_ << " was written on the host";
  }

  // A stdio package echoing its input; `extra` goes into problem.toml.
  void EchoPackage(const std::string& extra) {
    Write("problem.toml", "title = \"Echo\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n" + extra);
    Write("data/sample/1.in", "hello\n");
    Write("data/sample/1.ans", "hello\n");
  }

  json Run(const std::vector<std::string>& args, int expected_exit) {
    Outcome o = Judge(args);
    EXPECT_EQ(o.exit_code, expected_exit) << Redacted(o.err + o.out);
    last_ = o.out + o.err;
    return o.out.empty() || o.out[0] != '{' ? json() : json::parse(o.out, nullptr, false);
  }

  std::string token_;
  fs::path outside_, secret_, host_tmp_, host_out_;
  std::string last_;
};

// A listening TCP socket on 127.0.0.1 the test watches: whether anything connected.
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd_, 8) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
      ADD_FAILURE() << "cannot listen on 127.0.0.1";
    port_ = ntohs(a.sin_port);
  }
  ~Listener() { ::close(fd_); }
  int port() const { return port_; }
  bool Connected() const {
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// C++ that connects to 127.0.0.1:port and, if that worked, sends a line; `connected` says so.
std::string Connect(int port) {
  return "  bool connected = false;\n"
         "  { int s = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET;\n"
         "    a.sin_port = htons(" + std::to_string(port) + "); a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n"
         "    if (s >= 0 && connect(s, (sockaddr*)&a, sizeof a) == 0) { connected = true; write(s, \"hi\\n\", 3); }\n"
         "    if (s >= 0) close(s); }\n";
}
const char* kNetIncludes = "#include <arpa/inet.h>\n#include <netinet/in.h>\n#include <sys/socket.h>\n#include <unistd.h>\n";

// A Kattis-protocol checker that reads a host file, writes two host paths, and accepts with what
// it read as its message: AC, with nothing read.
TEST_F(HostilePrograms, CheckerSeesNothingOfTheHost) {
  REQUIRE_SANDBOX();
  EchoPackage("[checker]\ntype = \"custom\"\nprogram = \"checker/check.cpp\"\nprotocol = \"kattis\"\n");
  Write("checker/check.cpp", Includes() + "int main(int argc, char** argv) {\n" + Snoop() +
                                 "  std::ofstream(std::string(argv[3]) + \"judgemessage.txt\") << \"read: \" << got << '\\n';\n"
                                 "  return 42;\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 0);
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "AC") << Redacted(j.dump(2));
  ExpectHostUntouched(last_);
}

// A compiled checker that tries to point judgemessage.txt at a host file: the box refuses the
// symlink call and kills it, which is JE (exit 3) naming the checker.
TEST_F(HostilePrograms, CheckerCannotLinkItsMessageToAHostFile) {
  REQUIRE_SANDBOX();
  EchoPackage("[checker]\ntype = \"custom\"\nprogram = \"checker/check.cpp\"\nprotocol = \"kattis\"\n");
  Write("checker/check.cpp", "#include <string>\n#include <unistd.h>\nint main(int argc, char** argv) {\n"
                             "  symlink(\"" + secret_.string() + "\", (std::string(argv[3]) + \"judgemessage.txt\").c_str());\n"
                             "  return 43;\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 3);
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "JE") << Redacted(j.dump(2));
  EXPECT_NE(last_.find("checker/check.cpp made a blocked system call (symlink)"), std::string::npos) << Redacted(last_);
  ExpectHostUntouched(last_);
}

// A Kattis `run` script (a shell may make links) that points judgemessage.txt at a host file
// and rejects: the judge does not follow the link out of the box, so the message is the default
// one, not the file's content.
TEST_F(HostilePrograms, RunScriptCannotPointItsMessageAtAHostFile) {
  REQUIRE_SANDBOX();
  EchoPackage("[checker]\ntype = \"custom\"\nprogram = \"checker\"\nprotocol = \"kattis\"\n");
  Write("checker/run", "#!/bin/sh\nln -s " + secret_.string() + " \"${3}judgemessage.txt\"\nexit 43\n");
  fs::permissions(dir_ / "checker" / "run", fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 1);
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "WA") << Redacted(j.dump(2));
  EXPECT_NE(last_.find("rejected by checker"), std::string::npos) << Redacted(last_);
  ExpectHostUntouched(last_);
}

// A checker folder with a `build` script that snoops as it builds (it has the toolchain and
// /bin/sh, nothing else) and bakes what it read into the checker's message.
TEST_F(HostilePrograms, BuildScriptSeesNothingOfTheHost) {
  REQUIRE_SANDBOX();
  EchoPackage("[checker]\ntype = \"custom\"\nprogram = \"checker\"\nprotocol = \"kattis\"\n");
  Write("checker/build", "#!/bin/sh\n"
                         "cat " + secret_.string() + " /etc/shadow > leaked.txt 2>/dev/null\n"
                         "echo written > " + host_tmp_.string() + "\n"
                         "echo written > " + host_out_.string() + "\n"
                         "g++ -O2 -o check check.cpp\n");
  Write("checker/run", "#!/bin/sh\nexec \"$(dirname \"$0\")/check\" \"$@\"\n");
  fs::permissions(dir_ / "checker" / "build", fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
  fs::permissions(dir_ / "checker" / "run", fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add);
  Write("checker/check.cpp", Includes() + "int main(int argc, char** argv) {\n"
                                 "  std::ifstream f(\"leaked.txt\"); std::string got, line;\n"
                                 "  while (std::getline(f, line)) got += line + ' ';\n"
                                 "  std::ofstream(std::string(argv[3]) + \"judgemessage.txt\") << \"leaked: \" << got << '\\n';\n"
                                 "  return 42;\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 0);
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "AC") << Redacted(j.dump(2));
  ExpectHostUntouched(last_);
}

// A generator that puts what it read into the input it generates (a sample, so `judge test`
// shows it): it reads nothing, and its writes stay in its box.
TEST_F(HostilePrograms, GeneratorSeesNothingOfTheHost) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Echo\"\n[limits]\ntime_limit = 1.0\nmemory = 256\n"
                        "[reference]\nsolution = \"submissions/accepted/echo.cpp\"\n"
                        "[[generated]]\nname = \"snoop\"\ngroup = \"sample\"\ngenerator = \"gen\"\nargs = [\"1\"]\n");
  Write("submissions/accepted/echo.cpp", kEcho);
  Write("generators/gen.cpp", Includes() + "int main() {\n" + Snoop() + "  std::cout << \"read:\" << got << '\\n';\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  Run({"test", dir_.string(), solution.string()}, 0);  // the text report shows a sample's input
  EXPECT_NE(last_.find("read:"), std::string::npos) << "the generated input is not in the report:\n" << Redacted(last_);
  ExpectHostUntouched(last_);
}

// An interactor that opens a TCP connection to the host first: no connection arrives (socket()
// fails with EACCES in the box); it ignores the failure and accepts, so the case is AC.
TEST_F(HostilePrograms, InteractorHasNoNetwork) {
  REQUIRE_SANDBOX();
  Listener listener;
  Write("problem.toml", "title = \"Echo\"\nkind = \"interactive\"\n[interactor]\nprogram = \"interactor/interactor.cpp\"\n"
                        "[limits]\ntime_limit = 1.0\nmemory = 256\n");
  Write("data/sample/1.in", "hello\n");
  Write("data/sample/1.ans", "hello\n");
  Write("interactor/interactor.cpp", std::string(kNetIncludes) + Includes() + "int main(int argc, char** argv) {\n" +
                                         Connect(listener.port()) + Snoop() +
                                         "  std::cout << \"hello\" << std::endl; std::string back; std::getline(std::cin, back);\n"
                                         "  std::ofstream(std::string(argv[3]) + \"judgemessage.txt\") << (connected ? \"connected \" : \"offline \") << got << '\\n';\n"
                                         "  return 42;\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 0);
  EXPECT_FALSE(listener.Connected()) << "the interactor reached 127.0.0.1:" << listener.port();
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "AC") << Redacted(j.dump(2));
  EXPECT_EQ(last_.find("connected"), std::string::npos) << Redacted(last_);
  ExpectHostUntouched(last_);
}

// An input validator that reads host files into its message, then opens a TCP connection, and
// rejects the input if either worked (so that a read which succeeded shows as an invalid
// package, not only as a message nobody prints): no connection arrives, the input is valid,
// nothing leaks.
TEST_F(HostilePrograms, ValidatorHasNoNetwork) {
  REQUIRE_SANDBOX();
  Listener listener;
  EchoPackage("[validator]\nprogram = \"validator/validate.cpp\"\n");
  Write("submissions/accepted/echo.cpp", kEcho);
  Write("validator/validate.cpp", std::string(kNetIncludes) + Includes() + "int main() {\n" + Snoop() +
                                      "  std::cerr << \"read: \" << got << std::endl;\n" + Connect(listener.port()) +
                                      "  return connected || !got.empty() ? 1 : 0;\n}\n");
  Run({"verify", dir_.string(), "--json"}, 0);
  EXPECT_FALSE(listener.Connected()) << "the validator reached 127.0.0.1:" << listener.port();
  EXPECT_EQ(last_.find("rejects"), std::string::npos) << Redacted(last_);
  ExpectHostUntouched(last_);
}

// A checker killed for a system call the box refuses (a second process) is JE (exit 3) naming
// the checker and the call, never AC.
TEST_F(HostilePrograms, CheckerKilledForABlockedCallIsJudgeError) {
  REQUIRE_SANDBOX();
  EchoPackage("[checker]\ntype = \"custom\"\nprogram = \"checker/check.cpp\"\nprotocol = \"kattis\"\n");
  Write("checker/check.cpp", "#include <unistd.h>\n#include <sys/wait.h>\nint main() {\n"
                             "  pid_t p = fork(); if (p == 0) _exit(0); if (p > 0) waitpid(p, nullptr, 0);\n"
                             "  return 42;\n}\n");
  const fs::path solution = Write("echo.cpp", kEcho);
  const json j = Run({"submit", dir_.string(), solution.string(), "--json", "--no-save"}, 3);
  ASSERT_TRUE(j.is_object()) << Redacted(last_);
  EXPECT_EQ(j["verdict"], "JE") << Redacted(j.dump(2));
  EXPECT_NE(last_.find("checker/check.cpp made a blocked system call"), std::string::npos) << Redacted(last_);
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  // As root, the e2e tests' shared cache; as another user (the rootless run) a cache of its
  // own, since the shared one belongs to root.
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment(/*share_cache=*/geteuid() == 0));
  return RUN_ALL_TESTS();
}
