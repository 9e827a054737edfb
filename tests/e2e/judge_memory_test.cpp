// The judge's own memory stays bounded whatever a solution does (issue 12): output that is not
// the answer is never held, and no node can park data in the relay. The judge's peak resident
// memory is measured from outside, with wait4's rusage of the judge process.
#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "e2e_util.h"

extern char** environ;

namespace {

using nlohmann::json;

// Runs the judge binary and returns {exit code, peak resident KiB}. ru_maxrss of a waited child
// is the largest of it and every descendant it reaped, so the caller makes sure nothing bigger
// than the judge runs under it (the compiler: the solution is compiled by an earlier run).
std::pair<int, long> JudgePeakKib(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  const std::string binary = JUDGE_BINARY;
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  if (posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ) != 0) return {-1, 0};
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) != pid) return {-1, 0};
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss};
}

class JudgeMemory : public e2e::PackageTest {
 protected:
  void WriteNodesPackage(int nodes) {
    Write("problem.toml", "title = \"Loud nodes\"\nkind = \"distributed\"\n"
                          "[limits]\ntime_limit = 2.0\nmemory = 64\n"
                          "[distributed]\nnodes = " + std::to_string(nodes) + "\noutput = \"node0\"\n");
    Write("data/secret/1.in", "1\n");
    Write("data/secret/1.ans", "42\n");
  }
};

// Every node writes 40 MiB of stdout (under the 64 MiB output limit); only node 0's is the
// answer (42, then whitespace, which the token checker ignores). Before, the judge held every
// node's output: 8 x 40 MiB.
TEST_F(JudgeMemory, OutputThatIsNotTheAnswerIsNeverHeld) {
  REQUIRE_SANDBOX();
  constexpr int kNodes = 8;
  constexpr long kOutputMib = 40;
  WriteNodesPackage(kNodes);
  const auto file = Write("loud.cpp", R"(#include <cstdio>
#include <cstring>
#include "message.h"
int main() {
  static char block[1 << 20];
  std::memset(block, node::id() == 0 ? ' ' : 'x', sizeof block);
  if (node::id() == 0) std::fputs("42\n", stdout);
  for (int i = 0; i < 40; ++i) std::fwrite(block, 1, sizeof block, stdout);
}
)");
  const std::vector<std::string> args = {"submit", dir_.string(), file.string(), "--json", "--no-save"};
  e2e::Outcome warm = e2e::Judge(args);  // compiles into the cache, so the measured run does not
  ASSERT_EQ(warm.exit_code, 0) << warm.err << warm.out;
  EXPECT_EQ(json::parse(warm.out)["verdict"], "AC");
  auto [code, peak_kib] = JudgePeakKib(args);
  ASSERT_EQ(code, 0);
  const long peak_mib = peak_kib >> 10;
  std::printf("judge peak resident memory: %ld MiB for %d nodes x %ld MiB of stdout\n", peak_mib, kNodes, kOutputMib);
  // The answer (40 MiB) plus the judge itself; all eight nodes' output would be 320 MiB.
  EXPECT_LT(peak_mib, 2 * kOutputMib + 60) << "the judge held output that is not the answer";
}

// A node parking its data in the relay by sending it to itself: at most its memory limit.
TEST_F(JudgeMemory, ANodeCannotParkMoreThanItsMemoryInTheRelay) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Park\"\nkind = \"distributed\"\n[limits]\ntime_limit = 2.0\nmemory = 16\n"
                        "[distributed]\nnodes = 2\nmax_send_mib = 64\n");
  Write("data/secret/1.in", "1\n");
  Write("data/secret/1.ans", "42\n");
  json j = Submit("park.cpp", R"(#include <cstdio>
#include <string>
#include "message.h"
int main() {
  if (node::id() == 1) {
    std::string chunk(1 << 20, 'p');
    for (int i = 0; i < 40; ++i) node::send(1, chunk);
    for (int i = 0; i < 40; ++i) node::receive(1);
  }
  if (node::id() == 0) std::puts("42");
}
)",
                  1);
  EXPECT_EQ(j["verdict"], "MLE");
  // Which of the relay's two checks fires first depends on when node 1's run last measured it.
  EXPECT_THAT(j["cases"][0]["message"].get<std::string>(),
              testing::AllOf(testing::StartsWith("node 1 "), testing::HasSubstr("messages waiting for it"),
                             testing::HasSubstr("node 1 sent the last")));
}

// A node that never reads: what waits for it counts against its memory limit (64 MiB here).
TEST_F(JudgeMemory, MessagesWaitingForANodeCountAgainstItsMemory) {
  REQUIRE_SANDBOX();
  WriteNodesPackage(2);
  Write("problem.toml", "title = \"Flood\"\nkind = \"distributed\"\n[limits]\ntime_limit = 2.0\nmemory = 16\n"
                        "[distributed]\nnodes = 2\nmax_send_mib = 64\n");
  json j = Submit("flood.cpp", R"(#include <cstdio>
#include <string>
#include <unistd.h>
#include "message.h"
int main() {
  if (node::id() == 1) {
    std::string chunk(1 << 20, 'f');
    for (int i = 0; i < 40; ++i) node::send(0, chunk);
  } else {
    sleep(1);
    std::puts("42");
  }
}
)",
                  1);
  EXPECT_EQ(j["verdict"], "MLE");
  EXPECT_THAT(j["cases"][0]["message"].get<std::string>(),
              testing::AllOf(testing::StartsWith("node 0 "), testing::HasSubstr("messages waiting for it"),
                             testing::HasSubstr("node 1 sent the last")));
}

// The issue's case: a node with 16 MiB parks 15 MiB in the relay while its own memory stays
// well under 16 MiB. Each alone is under the limit; together they are its memory (MLE; AC before).
TEST_F(JudgeMemory, ParkedMessagesAndTheNodesOwnMemoryShareItsLimit) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Park\"\nkind = \"distributed\"\n[limits]\ntime_limit = 2.0\nmemory = 16\n"
                        "[distributed]\nnodes = 2\nmax_send_mib = 64\n");
  Write("data/secret/1.in", "1\n");
  Write("data/secret/1.ans", "42\n");
  json j = Submit("park15.cpp", R"(#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include "message.h"
int main() {
  if (node::id() == 1) {
    std::vector<char> own(4 << 20, 'o');  // 4 MiB of its own, touched, held a while
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (std::chrono::steady_clock::now() < until) own[static_cast<size_t>(rand()) % own.size()]++;
    std::string chunk(1 << 20, 'p');
    for (int i = 0; i < 15; ++i) node::send(1, chunk);
    size_t sum = own[12345];
    for (int i = 0; i < 15; ++i) sum += node::receive(1).size();
    std::fprintf(stderr, "%zu\n", sum);
  }
  if (node::id() == 0) std::puts("42");
}
)",
                  1);
  EXPECT_EQ(j["verdict"], "MLE") << j.dump();
  // Its own memory was measured before it sent (it held it 100 ms), so the relay refuses the
  // message that would put the two over the limit.
  EXPECT_THAT(j["cases"][0]["message"].get<std::string>(),
              testing::AllOf(testing::StartsWith("node 1 went over its memory limit of 16.0 MiB: "),
                             testing::HasSubstr("of messages waiting for it (node 1 sent the last)")))
      << j.dump();
}

// The other order: parked first (within the limit then), own memory grown after. The node's run
// counts both at every tick and stops it.
TEST_F(JudgeMemory, OwnMemoryGrownAfterParkingIsCountedWithIt) {
  REQUIRE_SANDBOX();
  Write("problem.toml", "title = \"Park\"\nkind = \"distributed\"\n[limits]\ntime_limit = 2.0\nmemory = 16\n"
                        "[distributed]\nnodes = 2\nmax_send_mib = 64\n");
  Write("data/secret/1.in", "1\n");
  Write("data/secret/1.ans", "42\n");
  json j = Submit("grow.cpp", R"(#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include "message.h"
int main() {
  if (node::id() == 1) {
    {
      std::string chunk(1 << 20, 'p');
      for (int i = 0; i < 11; ++i) node::send(1, chunk);
    }
    std::vector<char> own(8 << 20, 'o');  // 8 MiB of its own, with 11 MiB waiting
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
    while (std::chrono::steady_clock::now() < until) own[static_cast<size_t>(rand()) % own.size()]++;
    size_t sum = own[12345];
    for (int i = 0; i < 11; ++i) sum += node::receive(1).size();
    std::fprintf(stderr, "%zu\n", sum);
  }
  if (node::id() == 0) std::puts("42");
}
)",
                  1);
  EXPECT_EQ(j["verdict"], "MLE") << j.dump();
  EXPECT_THAT(j["cases"][0]["message"].get<std::string>(), testing::StartsWith("node 1")) << j.dump();
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
