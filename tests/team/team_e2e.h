// The team end-to-end tests' shared parts: the built `judge` binary run as candidates, workers
// and an admin use it, on the throwaway cluster of team_env.h, judging for real in the sandbox.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include "judge/packages/content_hash.h"
#include "tests/e2e/e2e_util.h"
#include "tests/team/team_env.h"

namespace teamtest {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline const char* kSum = "#include <cstdio>\nint main() { long a, b; std::scanf(\"%ld %ld\", &a, &b); "
                   "std::printf(\"%ld\\n\", a + b); }\n";
inline const char* kWrong = "#include <cstdio>\nint main() { std::puts(\"3\"); }\n";
inline const char* kCrash = "#include <cstdlib>\nint main() { std::abort(); }\n";
inline const char* kBroken = "int main() { return x; }\n";
// Right, after `seconds` of CPU (spins on a volatile so the optimiser keeps the loop).
inline std::string Slow(double seconds) {
  return fmt::format(
      "#include <cstdio>\n#include <ctime>\nint main() {{ long a, b; std::scanf(\"%ld %ld\", &a, &b);\n"
      "  volatile unsigned long x = 0; while (std::clock() < {} * CLOCKS_PER_SEC) x = x + 1;\n"
      "  std::printf(\"%ld\\n\", a + b); }}\n",
      seconds);
}

// A `judge worker` (or any judge command) running in the background, its stderr in a file.
class Process {
 public:
  Process(const std::vector<std::string>& args, const fs::path& log, const std::map<std::string, std::string>& env = {})
      : log_(log) {
    std::vector<std::string> argv = {JUDGE_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    std::vector<std::string> envs;
    for (char** e = environ; *e != nullptr; ++e) {
      std::string entry = *e;
      if (!env.contains(entry.substr(0, entry.find('=')))) envs.push_back(entry);
    }
    for (const auto& [k, v] : env) envs.push_back(k + "=" + v);
    std::vector<char*> rawenv;
    for (auto& e : envs) rawenv.push_back(e.data());
    rawenv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    EXPECT_EQ(posix_spawn(&pid_, raw[0], &actions, nullptr, raw.data(), rawenv.data()), 0);
    posix_spawn_file_actions_destroy(&actions);
  }
  ~Process() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }
  pid_t pid() const { return pid_; }
  std::string Name() const;  // the worker's name in the queue: "<host>-<pid>"
  void Signal(int sig) const { kill(pid_, sig); }
  // The exit code, or 128 + signal.
  int Wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  std::string Log() const {
    std::ifstream in(log_);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  fs::path log_;
  pid_t pid_ = -1;
  bool waited_ = false;
};

inline std::string Process::Name() const {
  char host[256] = {};
  gethostname(host, sizeof(host) - 1);
  return fmt::format("{}-{}", host, pid_);
}

class Team : public pgtest::TeamTest {
 protected:
  void SetUp() override {
    TeamTest::SetUp();
    if (HasFatalFailure()) return;
    dir_ = e2e::HomeEnvironment::home() / db_;
    problems_ = dir_ / "problems";
    WritePackage(problems_ / "sum", "time_limit = 2.0\n");
    setenv("JUDGE_PROBLEMS", problems_.c_str(), 1);
  }
  void WritePackage(const fs::path& dir, const std::string& limits) {
    Write(dir / "problem.toml", "title = \"Sum\"\n[limits]\n" + limits + "memory = 64\n");
    Write(dir / "statement.md", "Print a + b.\n");
    Write(dir / "data/secret/1.in", "1 2\n");
    Write(dir / "data/secret/1.ans", "3\n");
    Write(dir / "data/secret/2.in", "5 7\n");
    Write(dir / "data/secret/2.ans", "12\n");
    Write(dir / "submissions/accepted/sum.cpp", kSum);
  }
  fs::path Write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
    return file;
  }
  fs::path Source(const std::string& name, const std::string& text) { return Write(dir_ / name, text); }
  std::unique_ptr<Process> Worker(const std::string& role, std::vector<std::string> extra = {},
                                  std::map<std::string, std::string> env = {}) {
    // A short lease by default, so that a killed worker's job comes back fast; `extra` may set its own.
    std::vector<std::string> args = {"worker", "--db", Url(role)};
    if (std::find(extra.begin(), extra.end(), "--lease") == extra.end()) extra.insert(extra.end(), {"--lease", "2"});
    args.insert(args.end(), extra.begin(), extra.end());
    return std::make_unique<Process>(args, dir_ / fmt::format("worker{}.log", ++workers_), env);
  }
  // Polls the database until `sql` (as the superuser) returns `want`, or fails after `limit`.
  bool Await(const std::string& sql, const std::string& want, std::chrono::seconds limit = 120s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
      if (Scalar(sql) == want) return true;
      std::this_thread::sleep_for(100ms);
    }
    ADD_FAILURE() << "waited " << limit.count() << " s for " << sql << " = " << want << "; got " << Scalar(sql);
    return false;
  }
  std::string Hash() { return *judge::PackageContentHash(problems_ / "sum"); }

  fs::path dir_, problems_;
  int workers_ = 0;
};

}  // namespace teamtest
