// Several `judge submit` processes on one JUDGE_HOME: at once, and after one was SIGKILLed in
// the middle of a run (its box must die with it, and the next judge removes what it left).
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <future>
#include <thread>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const char* kAplusB = "#include <cstdio>\nint main(){long long a,b;std::scanf(\"%lld %lld\",&a,&b);std::printf(\"%lld\\n\",a+b);}\n";
const char* kWrong = "#include <cstdio>\nint main(){std::printf(\"42\\n\");}\n";
const char* kSpin = "int main(){volatile unsigned long x=0;for(;;)x=x+1;}\n";

// Box cgroups of judge `pid` ("<pid>-<n>" under any hierarchy's judge/ folder).
std::vector<fs::path> CgroupsOf(pid_t pid) {
  std::vector<fs::path> found;
  const std::string prefix = std::to_string(pid) + "-";
  for (const char* root : {"/sys/fs/cgroup/memory", "/sys/fs/cgroup/pids", "/sys/fs/cgroup/cpuacct",
                           "/sys/fs/cgroup/unified", "/sys/fs/cgroup"}) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_directory() && it->path().filename().string().rfind(prefix, 0) == 0 &&
          it->path().parent_path().filename() == "judge") {
        found.push_back(it->path());
      }
      if (it.depth() > 5) it.disable_recursion_pending();
    }
  }
  return found;
}

std::vector<pid_t> TasksIn(const std::vector<fs::path>& groups) {
  std::vector<pid_t> tasks;
  for (const fs::path& g : groups) {
    std::ifstream in(g / "cgroup.procs");
    for (pid_t p; in >> p;) tasks.push_back(p);
  }
  return tasks;
}

std::vector<fs::path> TempOf(pid_t pid) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(e2e::HomeEnvironment::home() / "tmp", ec)) {
    if (e.path().filename().string().rfind(std::to_string(pid) + "-", 0) == 0) found.push_back(e.path());
  }
  return found;
}

class Concurrency : public ::testing::Test {
 protected:
  void SetUp() override {
    REQUIRE_SANDBOX();
    dir_ = e2e::HomeEnvironment::home() / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::create_directories(dir_ / "pkg/data/secret");
    for (int i = 1; i <= 3; ++i) {
      std::ofstream(dir_ / ("pkg/data/secret/" + std::to_string(i) + ".in")) << i << " " << 10 * i << "\n";
      std::ofstream(dir_ / ("pkg/data/secret/" + std::to_string(i) + ".ans")) << 11 * i << "\n";
    }
  }
  void Package(double time_limit) {
    std::ofstream(dir_ / "pkg/problem.toml") << "title = \"A plus B\"\n[limits]\ntime_limit = " << time_limit
                                             << "\nmemory = 256\n";
  }
  fs::path Source(const std::string& name, const char* text) {
    std::ofstream(dir_ / name) << text;
    return dir_ / name;
  }
  // Starts `judge submit` without waiting; its output goes to /dev/null.
  pid_t Spawn(const fs::path& source) {
    pid_t pid = fork();
    if (pid == 0) {
      int null_fd = open("/dev/null", O_WRONLY);
      dup2(null_fd, 1);
      dup2(null_fd, 2);
      execl(JUDGE_BINARY, JUDGE_BINARY, "submit", (dir_ / "pkg").c_str(), source.c_str(), "--no-save",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    return pid;
  }
  fs::path dir_;
};

TEST_F(Concurrency, TwoSubmitsAtOnceBothGetTheirVerdicts) {
  Package(1.0);
  const fs::path good = Source("good.cpp", kAplusB);
  const fs::path bad = Source("bad.cpp", kWrong);
  auto a = std::async(std::launch::async, [&] { return e2e::Judge({"submit", (dir_ / "pkg").string(), good.string(), "--json"}); });
  auto b = std::async(std::launch::async, [&] { return e2e::Judge({"submit", (dir_ / "pkg").string(), bad.string(), "--json"}); });
  e2e::Outcome ra = a.get();
  e2e::Outcome rb = b.get();
  ASSERT_EQ(ra.exit_code, 0) << ra.err << ra.out;
  ASSERT_EQ(rb.exit_code, 1) << rb.err << rb.out;
  auto ja = nlohmann::json::parse(ra.out);
  auto jb = nlohmann::json::parse(rb.out);
  EXPECT_EQ(ja["verdict"], "AC");
  EXPECT_EQ(jb["verdict"], "WA");
  EXPECT_NE(ja["attempt"], jb["attempt"]);  // both saved, as two attempts
}

TEST_F(Concurrency, KilledSubmitLeavesNoBoxAndTheNextCleansUp) {
  Package(20.0);
  const fs::path spin = Source("spin.cpp", kSpin);
  const pid_t judge = Spawn(spin);
  ASSERT_GT(judge, 0);
  // Mid-run: the run box's groups exist and hold the init and the program.
  const auto deadline = std::chrono::steady_clock::now() + 240s;
  bool running = false;
  while (!running && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(50ms);
    running = TasksIn(CgroupsOf(judge)).size() >= 2;
    if (running) {
      // A compile box also has two tasks; wait until the compile is over (cache entry exists).
      std::error_code ec;
      running = fs::exists(e2e::HomeEnvironment::home() / "cache" / "bin", ec) && !fs::is_empty(e2e::HomeEnvironment::home() / "cache" / "bin", ec);
    }
  }
  ASSERT_TRUE(running) << "the judge never reached the run";
  const std::vector<fs::path> groups = CgroupsOf(judge);
  const std::vector<pid_t> tasks = TasksIn(groups);
  ASSERT_FALSE(tasks.empty());
  kill(judge, SIGKILL);
  waitpid(judge, nullptr, 0);

  // The box init sees its judge socket close and takes the box down.
  std::vector<pid_t> alive = tasks;
  for (int i = 0; i < 300 && !alive.empty(); ++i) {
    std::this_thread::sleep_for(10ms);
    alive.clear();
    for (pid_t p : tasks) {
      if (kill(p, 0) == 0) alive.push_back(p);
    }
  }
  EXPECT_TRUE(alive.empty()) << alive.size() << " box processes outlived the killed judge";
  EXPECT_TRUE(TasksIn(groups).empty());

  // The next judge removes the dead judge's groups and temp folders.
  Package(1.0);
  e2e::Outcome next = e2e::Judge({"submit", (dir_ / "pkg").string(), Source("good.cpp", kAplusB).string(), "--no-save"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(CgroupsOf(judge), std::vector<fs::path>{});
  EXPECT_EQ(TempOf(judge), std::vector<fs::path>{});
}

TEST_F(Concurrency, KilledDuringCompileLeavesNoTempFolderAfterTheNextSubmit) {
  Package(1.0);
  // A slow compile: the exponential template instantiation keeps cc1plus busy.
  const fs::path slow = Source("slow.cpp",
                               "template <int N, int M> struct B { static constexpr long v = B<N - 1, M * 2>::v + "
                               "B<N - 1, M * 2 + 1>::v; };\ntemplate <int M> struct B<0, M> { static constexpr long v = M; };\n"
                               "int main() { return static_cast<int>(B<40, 0>::v); }\n");
  const pid_t judge = Spawn(slow);
  ASSERT_GT(judge, 0);
  const auto deadline = std::chrono::steady_clock::now() + 240s;
  while (TempOf(judge).empty() || TasksIn(CgroupsOf(judge)).size() < 2) {
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the judge never started compiling";
    std::this_thread::sleep_for(50ms);
  }
  std::this_thread::sleep_for(200ms);
  const std::vector<pid_t> tasks = TasksIn(CgroupsOf(judge));
  kill(judge, SIGKILL);
  waitpid(judge, nullptr, 0);
  for (int i = 0; i < 300; ++i) {
    bool any = false;
    for (pid_t p : tasks) any = any || kill(p, 0) == 0;
    if (!any) break;
    std::this_thread::sleep_for(10ms);
  }
  for (pid_t p : tasks) EXPECT_NE(kill(p, 0), 0) << "compiler process " << p << " outlived the judge";
  EXPECT_FALSE(TempOf(judge).empty()) << "expected the dead judge's compile folder to be left behind";
  e2e::Outcome next = e2e::Judge({"submit", (dir_ / "pkg").string(), Source("good.cpp", kAplusB).string(), "--no-save"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(TempOf(judge), std::vector<fs::path>{});
  EXPECT_EQ(CgroupsOf(judge), std::vector<fs::path>{});
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment(/*share_cache=*/false));
  return RUN_ALL_TESTS();
}
