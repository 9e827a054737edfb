// Box identities on the real kernel: boxes must not count each other's processes, neither two
// boxes of one judge (rootless: they may share the user's uid) nor the boxes of two judges that
// do not share /run and so pick the same slot (a judge in a chroot or a container beside
// another; issue 12 saw `box could not start '/box/prog' (execve): Resource temporarily
// unavailable` from RLIMIT_NPROC counting the other judge's program).
#include <gtest/gtest.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>

#include "sandbox/sandbox.h"
#include "tests/test_paths.h"

namespace sandbox {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

class Identity : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const LayerStatus& layer : ProbeHost()) {
      if (layer.mandatory && !layer.present) {
        skip_reason_ = "host lacks " + layer.name + ": " + layer.detail;
        return;
      }
    }
    char tmpl[] = "/tmp/judge-identity-test-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) {
      build_error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    fs::create_directories(dir_ + "/bin");
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    // Built once by the build (tests/CMakeLists.txt, box_programs).
    for (const char* p : {"uid_probe", "hold"}) {
      std::error_code ec;
      fs::copy_file(BoxProgramsDir() + "/hostile/" + p, dir_ + "/bin/" + p, ec);
      if (ec) build_error_ = std::string("missing box program ") + p + " (build the box_programs target)";
    }
  }
  static void TearDownTestSuite() {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!skip_reason_.empty()) GTEST_SKIP() << skip_reason_;
    ASSERT_TRUE(build_error_.empty()) << build_error_;
  }

  static BoxConfig Config() {
    BoxConfig config;
    config.mounts.push_back(Mount{Mount::Kind::kBind, dir_ + "/bin", "/box", false, 0, 0});
    config.workdir = "/box";
    return config;
  }
  static Limits OneProcess() {
    Limits l;
    l.max_processes = 1;
    l.wall_time = milliseconds(20000);
    return l;
  }

  // Starts `hold` in `box` on a thread: returns once it printed "held" (it is alive), and keeps
  // it alive until ReleaseHold closes its stdin.
  struct Hold {
    std::thread thread;
    int stdin_write = -1;
    Result<RunResult> result = Error{};
  };
  static void StartHold(Box& box, Hold* hold) {
    int in[2], out[2];
    ASSERT_EQ(pipe2(in, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(out, O_CLOEXEC), 0);
    hold->stdin_write = in[1];
    RunRequest request;
    request.argv = {"/box/hold"};
    request.limits = OneProcess();
    request.stdin_fd = in[0];
    request.stdout_fd = out[1];
    hold->thread = std::thread([&box, hold, request] { hold->result = box.Run(request); });
    char buf[5] = {};
    ASSERT_EQ(read(out[0], buf, 5), 5);
    close(out[0]);
    ASSERT_EQ(std::string(buf, 5), "held\n");
  }
  static void ReleaseHold(Hold* hold) {
    close(hold->stdin_write);
    hold->thread.join();
    ASSERT_TRUE(hold->result.ok()) << hold->result.error().message;
    EXPECT_EQ(hold->result->termination, Termination::kExited);
  }

  static inline std::string skip_reason_;
  static inline std::string build_error_;
  static inline std::string dir_;
};

// Rootless without /etc/subuid, every box's program runs as the user's own uid: only a user
// namespace per box (and per program) keeps RLIMIT_NPROC = 1 from counting the other box.
TEST_F(Identity, ConcurrentBoxesDoNotCountEachOthersProcesses) {
  auto sandbox = MakeLinuxSandbox();
  auto first = sandbox->CreateBox(Config());
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = sandbox->CreateBox(Config());
  ASSERT_TRUE(second.ok()) << second.error().message;
  Hold hold;
  ASSERT_NO_FATAL_FAILURE(StartHold(**first, &hold));
  RunRequest probe;
  probe.argv = {"/box/uid_probe"};
  probe.limits = OneProcess();
  auto r = (*second)->Run(probe);
  ReleaseHold(&hold);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->termination, Termination::kExited) << r->stderr_data;
  EXPECT_EQ(r->stdout_data.rfind("uid=", 0), 0u) << r->stdout_data;
}

// A judge in a mount namespace of its own with an empty /run, so it takes slot 0; with `chroot`
// also inside a chroot (of a bind of the whole tree, so everything stays visible), where the
// kernel refuses user namespaces and the boxes run in the host's. Exit codes of the child: 0
// ran, 1 the run failed (the message on stderr), 2 setup failed.
[[noreturn]] void JudgeWithPrivateRun(const BoxConfig& config, const std::string& chroot_dir, int go_fd, int held_fd,
                                      int hold_stdin) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
      mount("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") != 0 || mkdir("/run/judge-slots", 0700) != 0) {
    _exit(2);
  }
  if (!chroot_dir.empty() && (mkdir(chroot_dir.c_str(), 0755) != 0 ||
                              mount("/", chroot_dir.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0 ||
                              chroot(chroot_dir.c_str()) != 0 || chdir("/") != 0)) {
    _exit(2);
  }
  auto sandbox = MakeLinuxSandbox();
  auto box = sandbox->CreateBox(config);
  if (!box.ok()) {
    fprintf(stderr, "%s\n", box.error().message.c_str());
    _exit(2);
  }
  RunRequest request;
  request.limits.max_processes = 1;
  request.limits.wall_time = milliseconds(20000);
  if (hold_stdin >= 0) {
    request.argv = {"/box/hold"};
    request.stdin_fd = hold_stdin;
    request.stdout_fd = held_fd;
  } else {
    char byte;
    if (read(go_fd, &byte, 1) != 1) _exit(2);
    request.argv = {"/box/uid_probe"};
  }
  auto r = (*box)->Run(request);
  if (!r.ok()) {
    fprintf(stderr, "%s\n", r.error().message.c_str());
    _exit(1);
  }
  if (hold_stdin < 0) fprintf(stderr, "%s", r->stdout_data.c_str());
  _exit(r->termination == Termination::kExited && r->exit_code == 0 ? 0 : 1);
}

// Judge one holds a program of box uid 60000 (slot 0 of its empty /run); judge two, with its own
// empty /run, then starts one under RLIMIT_NPROC = 1, which must run.
void RunTwoJudges(const BoxConfig& config, const std::string& first_chroot, const std::string& second_chroot) {
  int go[2], held[2], hold_in[2];
  ASSERT_EQ(pipe(go), 0);
  ASSERT_EQ(pipe(held), 0);
  ASSERT_EQ(pipe(hold_in), 0);
  pid_t holder = fork();
  if (holder == 0) {
    close(go[0]);
    close(go[1]);
    close(held[0]);
    close(hold_in[1]);
    JudgeWithPrivateRun(config, first_chroot, -1, held[1], hold_in[0]);
  }
  close(held[1]);
  close(hold_in[0]);
  char buf[5] = {};
  ASSERT_EQ(read(held[0], buf, 5), 5) << "the first judge's program did not start";
  pid_t other = fork();
  if (other == 0) {
    close(go[1]);
    close(held[0]);
    close(hold_in[1]);
    JudgeWithPrivateRun(config, second_chroot, go[0], -1, -1);
  }
  close(go[0]);
  ASSERT_EQ(write(go[1], "g", 1), 1);
  close(go[1]);
  int status = 0;
  ASSERT_EQ(waitpid(other, &status, 0), other);
  close(hold_in[1]);  // lets the first judge's program finish
  int holder_status = 0;
  ASSERT_EQ(waitpid(holder, &holder_status, 0), holder);
  close(held[0]);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
      << "the second judge could not run while the first judge's program held the same slot";
  EXPECT_TRUE(WIFEXITED(holder_status) && WEXITSTATUS(holder_status) == 0);
}

TEST_F(Identity, JudgesThatDoNotShareRunDoNotCollide) {
  if (ProbeMode().mode != SandboxMode::kRoot) GTEST_SKIP() << "needs root to give each judge a private /run";
  RunTwoJudges(Config(), "", "");
}

// As issue 12 saw it: one judge in a chroot (no user namespaces there), one outside.
TEST_F(Identity, AJudgeInAChrootAndOneOutsideDoNotCollide) {
  if (ProbeMode().mode != SandboxMode::kRoot) GTEST_SKIP() << "needs root to chroot a judge";
  RunTwoJudges(Config(), dir_ + "/chroot-a", "");
  RunTwoJudges(Config(), "", dir_ + "/chroot-b");
}

// Neither can make user namespaces: the abstract socket claiming uid 60000 keeps them apart.
TEST_F(Identity, TwoJudgesInChrootsDoNotCollide) {
  if (ProbeMode().mode != SandboxMode::kRoot) GTEST_SKIP() << "needs root to chroot a judge";
  RunTwoJudges(Config(), dir_ + "/chroot-c", dir_ + "/chroot-d");
}

}  // namespace
}  // namespace sandbox
