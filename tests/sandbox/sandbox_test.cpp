// The Linux sandbox on the real kernel: one small program per behaviour (tests/sandbox/programs),
// built once by the build with the host g++ -static, copied into a temp dir and bind-mounted read-only at /box.
#include "sandbox/sandbox.h"

#include <dirent.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/test_paths.h"

namespace sandbox {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

const char* const kPrograms[] = {"exit_code",  "copy_stdin", "write_bytes", "cpu_spin",
                                 "sleep_forever", "mem_touch", "mem_reserve", "thread_count",
                                 "syscall_probe", "self_kill", "fs_probe", "channel_echo"};

std::string Pattern(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i % 65536) % 26);
  return s;
}

// "key=value" line of a program's output.
std::string Field(const std::string& out, const std::string& key) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key + "=", 0) == 0) return line.substr(key.size() + 1);
  }
  return "<missing " + key + ">";
}

class SandboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (ProbeMode().mode != SandboxMode::kRoot) {
      skip_reason_ = "these tests pin root mode (cgroup accounting, a host uid per box); rootless mode is covered "
                     "by hostile_test, identity_test and rootless_test";
      return;
    }
    for (const LayerStatus& layer : ProbeHost()) {
      if (layer.mandatory && !layer.present) {
        skip_reason_ = "host lacks " + layer.name + ": " + layer.detail;
        return;
      }
    }
    char tmpl[] = "/tmp/judge-sandbox-test-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) {
      build_error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    fs::create_directory(dir_ + "/bin");
    // Built once by the build (tests/CMakeLists.txt, box_programs).
    for (const char* p : kPrograms) {
      std::error_code ec;
      fs::copy_file(BoxProgramsDir() + "/programs/" + p, dir_ + "/bin/" + p, ec);
      if (ec) build_error_ = std::string("missing test program ") + p + " (build the box_programs target)";
    }
    sandbox_ = MakeLinuxSandbox().release();
  }
  static void TearDownTestSuite() {
    delete sandbox_;
    sandbox_ = nullptr;
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!skip_reason_.empty()) GTEST_SKIP() << skip_reason_;
    ASSERT_TRUE(build_error_.empty()) << build_error_;
  }

  static BoxConfig RunConfig() {
    BoxConfig config;
    config.mounts.push_back(Mount{Mount::Kind::kBind, dir_ + "/bin", "/box", false, 0, 0});
    config.workdir = "/box";
    return config;
  }
  static std::unique_ptr<Box> NewBox() {
    auto box = sandbox_->CreateBox(RunConfig());
    EXPECT_TRUE(box.ok()) << (box.ok() ? "" : box.error().message);
    return box.ok() ? std::move(*box) : nullptr;
  }
  static RunResult MustRun(Box& box, std::vector<std::string> argv, Limits limits = {},
                           const std::string& stdin_path = "") {
    RunRequest request;
    request.argv = std::move(argv);
    request.argv[0] = "/box/" + request.argv[0];
    request.env = {"PATH=/box"};
    request.stdin_path = stdin_path;
    request.limits = limits;
    auto result = box.Run(request);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? std::move(*result) : RunResult{};
  }
  RunResult RunOnce(std::vector<std::string> argv, Limits limits = {}, const std::string& stdin_path = "") {
    auto box = NewBox();
    if (!box) return {};
    return MustRun(*box, std::move(argv), limits, stdin_path);
  }

  static inline std::string skip_reason_;
  static inline std::string build_error_;
  static inline std::string dir_;
  static inline Sandbox* sandbox_ = nullptr;
};

TEST_F(SandboxTest, ExitCodeIsReported) {
  RunResult r = RunOnce({"exit_code", "42"});
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 42);
  EXPECT_TRUE(r.missing_layers.empty());
}

TEST_F(SandboxTest, StdoutIsCapturedExactly) {
  RunResult r = RunOnce({"write_bytes", "1000"});
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.stdout_data, Pattern(1000));
  EXPECT_EQ(r.stderr_data, "");
}

TEST_F(SandboxTest, FiftyMegabytesOfStdoutArriveIntact) {
  const size_t n = 50u << 20;
  RunResult r = RunOnce({"write_bytes", std::to_string(n)});
  EXPECT_EQ(r.termination, Termination::kExited);
  ASSERT_EQ(r.stdout_data.size(), n);
  EXPECT_TRUE(r.stdout_data == Pattern(n));
}

TEST_F(SandboxTest, StdinComesFromTheFile) {
  std::string input = Pattern(50u << 20);
  input[12345] = '\n';
  const std::string path = dir_ + "/input.txt";
  std::ofstream(path, std::ios::binary) << input;
  RunResult r = RunOnce({"copy_stdin"}, {}, path);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 0);
  ASSERT_EQ(r.stdout_data.size(), input.size());
  EXPECT_TRUE(r.stdout_data == input);
}

TEST_F(SandboxTest, EmptyStdinPathReadsDevNull) {
  RunResult r = RunOnce({"copy_stdin"});
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.stdout_data, "");
}

TEST_F(SandboxTest, TheChannelIsFdFourAndNothingElseLeaks) {
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  ASSERT_EQ(write(sv[0], "hello\n", 6), 6);
  auto box = NewBox();
  ASSERT_TRUE(box);
  RunRequest request;
  request.argv = {"/box/channel_echo"};
  request.channel_fd = sv[1];  // Run owns it from here
  auto r = box->Run(request);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->exit_code, 0) << r->stdout_data;
  EXPECT_EQ(r->stdout_data, "fd4=ok\n");  // and no other descriptor above 2 is open
  char buf[16] = {};
  EXPECT_EQ(read(sv[0], buf, sizeof(buf)), 6);
  EXPECT_STREQ(buf, "HELLO\n");
  // Every copy of the box's end is closed once the program is gone: EOF, not a hang.
  EXPECT_EQ(read(sv[0], buf, sizeof(buf)), 0);
  close(sv[0]);
}

TEST_F(SandboxTest, WithoutAChannelFdFourIsClosed) {
  RunResult r = RunOnce({"channel_echo"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.stdout_data, "fd4=closed\n");
}

TEST_F(SandboxTest, StdoutOverTheCapIsOutputLimit) {
  Limits limits;
  limits.stdout_bytes = 1000;
  RunResult r = RunOnce({"write_bytes", "5000000"}, limits);
  EXPECT_EQ(r.termination, Termination::kOutput);
  EXPECT_EQ(r.stdout_data, Pattern(1000));
}

// DOMjudge's --streamsize: the output is cut at the cap and the program is not stopped for it.
TEST_F(SandboxTest, TruncatedStdoutRunsOnToTheEnd) {
  Limits limits;
  limits.stdout_bytes = 1000;
  limits.truncate_stdout = true;
  RunResult r = RunOnce({"write_bytes", "5000000"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 0);  // every write succeeded: the judge read and dropped the rest
  EXPECT_EQ(r.stdout_data, Pattern(1000));
  EXPECT_TRUE(r.stdout_truncated);
}

TEST_F(SandboxTest, TruncatedEndlessStdoutRunsToTheCpuLimit) {
  Limits limits;
  limits.stdout_bytes = 1000;
  limits.truncate_stdout = true;
  limits.cpu_time = milliseconds(200);
  limits.wall_time = milliseconds(20000);  // the pipe, not the CPU, may be the bottleneck under load
  RunResult r = RunOnce({"write_bytes", "1000000000000"}, limits);
  EXPECT_EQ(r.termination, Termination::kCpuTime);
  EXPECT_GE(r.cpu_time, milliseconds(200));
  EXPECT_EQ(r.stdout_data.size(), 1000u);
  EXPECT_TRUE(r.stdout_truncated);
}

TEST_F(SandboxTest, StderrIsTruncatedSilently) {
  Limits limits;
  limits.stderr_bytes = 1000;
  RunResult r = RunOnce({"write_bytes", "100000", "2"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.stderr_data, Pattern(1000));
  EXPECT_TRUE(r.stderr_truncated);
}

TEST_F(SandboxTest, CpuLimitIsCpuTime) {
  Limits limits;
  limits.cpu_time = milliseconds(300);
  RunResult r = RunOnce({"cpu_spin"}, limits);
  EXPECT_EQ(r.termination, Termination::kCpuTime);
  EXPECT_GE(r.cpu_time, milliseconds(300));
  EXPECT_LT(r.cpu_time, milliseconds(450));
}

TEST_F(SandboxTest, CpuLimitSumsAllThreads) {
  Limits limits;
  limits.cpu_time = milliseconds(400);
  limits.max_processes = 8;
  RunResult r = RunOnce({"cpu_spin", "4"}, limits);
  EXPECT_EQ(r.termination, Termination::kCpuTime);
  // Summed over the threads: per-thread accounting would let the run reach 1600 ms. (Wall time
  // is not asserted: on a loaded 2-core host the threads may not run in parallel.)
  EXPECT_GE(r.cpu_time, milliseconds(400));
  EXPECT_LT(r.cpu_time, milliseconds(600));
}

TEST_F(SandboxTest, WallLimitCatchesSleep) {
  Limits limits;
  limits.wall_time = milliseconds(300);
  RunResult r = RunOnce({"sleep_forever"}, limits);
  EXPECT_EQ(r.termination, Termination::kWallTime);
  EXPECT_GE(r.wall_time, milliseconds(300));
  EXPECT_LT(r.wall_time, milliseconds(1000));
  EXPECT_LT(r.cpu_time, milliseconds(50));
}

TEST_F(SandboxTest, TouchingMoreThanTheLimitIsMemory) {
  Limits limits;
  limits.memory_bytes = 64u << 20;
  auto box = NewBox();
  ASSERT_TRUE(box);
  RunResult r = MustRun(*box, {"mem_touch", "200"}, limits);
  EXPECT_EQ(r.termination, Termination::kMemory);
  EXPECT_GE(r.memory_bytes, 60u << 20);
  // The hard limit has the init's resident size as slack (sandbox.cpp Run), so the peak may pass
  // the limit by that much before the kill; it is MLE either way.
  EXPECT_LE(r.memory_bytes, 100u << 20);
  // The OOM killer took the program, not the box init: the box still works.
  RunResult after = MustRun(*box, {"exit_code", "5"}, limits);
  EXPECT_EQ(after.termination, Termination::kExited);
  EXPECT_EQ(after.exit_code, 5);
}

TEST_F(SandboxTest, PeakMemoryIsReported) {
  Limits limits;
  limits.memory_bytes = 128u << 20;
  RunResult r = RunOnce({"mem_touch", "32"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.stdout_data, "touched 1\n");
  EXPECT_GE(r.memory_bytes, 32u << 20);
  EXPECT_LT(r.memory_bytes, 40u << 20);
}

TEST_F(SandboxTest, ATinyLimitKillsTheProgramEvenWhenTheInitIsBig) {
  // The init is a copy of this process: make this process large first, so that the init's
  // resident size dwarfs the limit (the judge's is ~20 MiB; per-node limits can be 8 MiB).
  std::vector<char> ballast(96u << 20, 1);
  auto box = NewBox();
  ASSERT_TRUE(box);
  Limits limits;
  limits.memory_bytes = 4u << 20;
  RunResult r = MustRun(*box, {"mem_touch", "64"}, limits);
  EXPECT_EQ(r.termination, Termination::kMemory);
  RunResult after = MustRun(*box, {"exit_code", "7"}, limits);  // the init survived
  EXPECT_EQ(after.termination, Termination::kExited);
  EXPECT_EQ(after.exit_code, 7);
  EXPECT_EQ(ballast[12345], 1);
}

TEST_F(SandboxTest, UntouchedReservationIsNotCharged) {
  Limits limits;
  limits.memory_bytes = 64u << 20;
  RunResult r = RunOnce({"mem_reserve"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_LT(r.memory_bytes, 4u << 20);
}

TEST_F(SandboxTest, CappedAddressSpaceRefusesTheReservation) {
  Limits limits;
  limits.memory_bytes = 64u << 20;
  limits.cap_address_space = true;  // Kattis packages, as problemtools runs them
  RunResult r = RunOnce({"mem_reserve"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.exit_code, 1);  // mmap of 2 GiB failed at once
}

TEST_F(SandboxTest, ThreadsBeyondMaxProcessesFail) {
  Limits limits;
  limits.max_processes = 4;  // the main thread and three more
  RunResult r = RunOnce({"thread_count"}, limits);
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.stdout_data, "3\n");
}

TEST_F(SandboxTest, SocketFailsWithEacces) {
  RunResult r = RunOnce({"syscall_probe", "socket"});
  EXPECT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(r.stdout_data, "rc=-1 errno=EACCES\n");
}

TEST_F(SandboxTest, PtraceIsBlockedAndNamed) {
  RunResult r = RunOnce({"syscall_probe", "ptrace"});
  EXPECT_EQ(r.termination, Termination::kBlockedSyscall);
  EXPECT_EQ(r.blocked_syscall, "ptrace");
  EXPECT_EQ(r.stdout_data, "");
}

TEST_F(SandboxTest, MountIsBlockedAndNamed) {
  RunResult r = RunOnce({"syscall_probe", "mount"});
  EXPECT_EQ(r.termination, Termination::kBlockedSyscall);
  EXPECT_EQ(r.blocked_syscall, "mount");
}

TEST_F(SandboxTest, ForkIsBlockedInTheRunProfile) {
  RunResult r = RunOnce({"syscall_probe", "fork"});
  EXPECT_EQ(r.termination, Termination::kBlockedSyscall);
  EXPECT_EQ(r.blocked_syscall, "clone");
}

TEST_F(SandboxTest, SelfSigkillIsSignaledNotALimit) {
  RunResult r = RunOnce({"self_kill"});
  EXPECT_EQ(r.termination, Termination::kSignaled);
  EXPECT_EQ(r.signal, SIGKILL);
}

TEST_F(SandboxTest, FileSystemIsReadOnlyAndEmpty) {
  RunResult r = RunOnce({"fs_probe"});
  ASSERT_EQ(r.termination, Termination::kExited);
  EXPECT_EQ(Field(r.stdout_data, "root"), "EROFS");
  EXPECT_EQ(Field(r.stdout_data, "usr"), "ENOENT");  // no /usr in a run box at all
  EXPECT_EQ(Field(r.stdout_data, "box"), "EROFS");
  EXPECT_EQ(Field(r.stdout_data, "tmp"), "ok");
  EXPECT_EQ(Field(r.stdout_data, "passwd"), "ENOENT");
  EXPECT_EQ(Field(r.stdout_data, "proc"), "ENOENT");
  EXPECT_EQ(Field(r.stdout_data, "hostname"), "box");
  EXPECT_GE(std::stoi(Field(r.stdout_data, "uid")), 60000);
  EXPECT_EQ(Field(r.stdout_data, "uid"), Field(r.stdout_data, "gid"));
}

TEST_F(SandboxTest, ReadOnlyUsrBindRefusesWrites) {
  BoxConfig config = RunConfig();
  config.mounts.push_back(Mount{Mount::Kind::kBind, "/usr", "/usr", false, 0, 0});
  auto box = sandbox_->CreateBox(config);
  ASSERT_TRUE(box.ok()) << box.error().message;
  RunResult r = MustRun(**box, {"fs_probe"});
  EXPECT_EQ(Field(r.stdout_data, "usr"), "EROFS");
}

TEST_F(SandboxTest, TmpIsFreshForEveryRun) {
  auto box = NewBox();
  ASSERT_TRUE(box);
  RunResult first = MustRun(*box, {"fs_probe"});
  RunResult second = MustRun(*box, {"fs_probe"});
  EXPECT_EQ(Field(first.stdout_data, "tmp"), "ok");
  EXPECT_EQ(Field(first.stdout_data, "tmp_marker_before"), "absent");
  EXPECT_EQ(Field(second.stdout_data, "tmp_marker_before"), "absent");
}

TEST_F(SandboxTest, ManyRunsInOneBox) {
  auto box = NewBox();
  ASSERT_TRUE(box);
  for (int i = 0; i < 200; ++i) {
    RunResult r = MustRun(*box, {"exit_code", std::to_string(i)});
    ASSERT_EQ(r.termination, Termination::kExited) << "run " << i;
    ASSERT_EQ(r.exit_code, i) << "run " << i;
  }
  // A limit kill in between does not poison the box.
  Limits limits;
  limits.wall_time = milliseconds(100);
  EXPECT_EQ(MustRun(*box, {"sleep_forever"}, limits).termination, Termination::kWallTime);
  EXPECT_EQ(MustRun(*box, {"exit_code", "7"}).exit_code, 7);
}

TEST_F(SandboxTest, TwoBoxesRunAtOnceWithDistinctUids) {
  auto a = NewBox();
  auto b = NewBox();
  ASSERT_TRUE(a && b);
  RunResult ra, rb;
  Limits limits;
  limits.cpu_time = milliseconds(200);
  std::thread ta([&] { ra = MustRun(*a, {"cpu_spin"}, limits); });
  std::thread tb([&] { rb = MustRun(*b, {"cpu_spin"}, limits); });
  ta.join();
  tb.join();
  EXPECT_EQ(ra.termination, Termination::kCpuTime);
  EXPECT_EQ(rb.termination, Termination::kCpuTime);
  EXPECT_NE(Field(MustRun(*a, {"fs_probe"}).stdout_data, "uid"), Field(MustRun(*b, {"fs_probe"}).stdout_data, "uid"));
}

TEST_F(SandboxTest, CompileProfileRunsGccStatic) {
  const std::string work = dir_ + "/compile";
  fs::create_directories(work);
  // The box writes as its own uid: a writable bind must be a fresh directory others may write.
  fs::permissions(work, fs::perms::all);
  std::ofstream(work + "/main.cpp") << "#include <iostream>\nint main() { std::cout << 6 * 7 << '\\n'; }\n";
  BoxConfig config;
  config.seccomp = SeccompProfile::kCompile;
  config.workdir = "/work";
  for (const char* dir : {"/usr", "/lib", "/lib64", "/bin"}) {
    config.mounts.push_back(Mount{Mount::Kind::kBind, dir, dir, false, 0, 0});
  }
  config.mounts.push_back(Mount{Mount::Kind::kBind, work, "/work", true, 0, 0});
  config.tmp_size_bytes = 256u << 20;
  config.tmp_max_inodes = 4096;
  auto box = sandbox_->CreateBox(config);
  ASSERT_TRUE(box.ok()) << box.error().message;
  RunRequest request;
  request.argv = {"/usr/bin/g++", "-O2", "-static", "-o", "/work/prog", "main.cpp"};
  request.env = {"PATH=/usr/bin:/bin", "TMPDIR=/tmp"};
  request.limits.cpu_time = std::chrono::seconds(20);
  request.limits.wall_time = std::chrono::seconds(40);
  request.limits.memory_bytes = 1u << 30;
  request.limits.max_processes = 64;
  request.limits.file_size_bytes = 256u << 20;
  auto r = (*box)->Run(request);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->termination, Termination::kExited) << TerminationName(r->termination) << " " << r->blocked_syscall
                                                  << "\n" << r->stderr_data;
  EXPECT_EQ(r->exit_code, 0) << r->stderr_data;
  // The compile box cannot reach the network or trace either.
  request.argv = {"/usr/bin/g++", "--version"};
  r = (*box)->Run(request);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->exit_code, 0);
  // The freshly built program runs in a run box.
  BoxConfig run = RunConfig();
  run.mounts[0].source = work;
  auto run_box = sandbox_->CreateBox(run);
  ASSERT_TRUE(run_box.ok()) << run_box.error().message;
  RunResult out = MustRun(**run_box, {"prog"});
  EXPECT_EQ(out.stdout_data, "42\n");
}

bool ProcessOfUidAlive(const std::string& uid) {
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::ifstream status(entry.path() / "status");
    for (std::string line; std::getline(status, line);) {
      if (line.rfind("Uid:", 0) == 0) {
        std::istringstream in(line.substr(4));
        std::string real;
        in >> real;
        if (real == uid) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> OurCgroups() {
  std::vector<std::string> found;
  const std::string prefix = std::to_string(getpid()) + "-";
  for (const char* root : {"/sys/fs/cgroup/memory", "/sys/fs/cgroup/pids", "/sys/fs/cgroup/cpuacct",
                           "/sys/fs/cgroup/unified"}) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_directory() && it->path().filename().string().rfind(prefix, 0) == 0) found.push_back(it->path());
      if (it.depth() > 4) it.disable_recursion_pending();
    }
  }
  return found;
}

TEST_F(SandboxTest, NothingIsLeftAfterTheBoxIsDestroyed) {
  std::string uid;
  {
    auto box = NewBox();
    ASSERT_TRUE(box);
    uid = Field(MustRun(*box, {"fs_probe"}).stdout_data, "uid");
    EXPECT_FALSE(OurCgroups().empty());
    Limits limits;
    limits.wall_time = milliseconds(100);
    limits.max_processes = 8;
    MustRun(*box, {"cpu_spin", "4"}, limits);
  }
  EXPECT_FALSE(ProcessOfUidAlive(uid)) << "uid " << uid;
  EXPECT_EQ(OurCgroups(), std::vector<std::string>{});
}

}  // namespace
}  // namespace sandbox
