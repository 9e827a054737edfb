// Distributed problems (kind = "distributed") through the built binary: real nodes in real
// boxes, talking through the relay with message.h. A small package the test writes itself (a
// distributed sum over 4 nodes) and solutions that deadlock, crash, flood, send to a node that
// does not exist, leave messages unread, or spin after the case is decided.
#include <nlohmann/json.hpp>

#include <fstream>

#include "e2e_util.h"

namespace {

namespace fs = std::filesystem;
using e2e::Judge;
using e2e::Outcome;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

const char* kSum = R"(#include <iostream>
#include "message.h"
int main() {
  long long sum = 0, x;
  while (std::cin >> x) sum += x;
  if (node::id() != 0) { node::send(0, sum); return 0; }
  for (int i = 1; i < node::count(); ++i) sum += node::receive(i).get<long long>();
  std::cout << sum << "\n";
}
)";

// The same with Distributed Code Jam's names and receive-from-any.
const char* kSumDcj = R"(#include <cstdio>
#include "message.h"
int main() {
  long long sum = 0, x;
  while (std::scanf("%lld", &x) == 1) sum += x;
  if (MyNodeId() != 0) { PutLL(0, sum); Send(0); return 0; }
  for (int i = 1; i < NumberOfNodes(); ++i) sum += GetLL(Receive(-1));
  std::printf("%lld\n", sum);
}
)";

class Nodes : public e2e::PackageTest {
 protected:
  void SetUp() override {
    PackageTest::SetUp();
    Write("problem.toml", "title = \"Distributed sum\"\nkind = \"distributed\"\n"
                          "[limits]\ntime_limit = 1.0\nmemory = 64\n"
                          "[distributed]\nnodes = 4\nmax_messages = 20\nmax_send_mib = 1\n");
    Write("data/sample/1.in", "1\n2\n3\n4\n5\n6\n7\n");
    Write("data/sample/1.ans", "28\n");
    std::string big;
    for (int i = 1; i <= 20000; ++i) big += std::to_string(i) + "\n";
    Write("data/secret/2.in", big);
    Write("data/secret/2.ans", "200010000\n");
  }
};

TEST_F(Nodes, ASumOverFourNodesIsAcceptedWithExactTraffic) {
  REQUIRE_SANDBOX();
  json j = Submit("sum.cpp", kSum, 0);
  ASSERT_EQ(j["verdict"], "AC") << j.dump(1);
  const json& c = j["cases"][1];
  ASSERT_EQ(c["nodes"].size(), 4u);
  EXPECT_EQ(c["nodes"][0]["messages_received"], 3);
  EXPECT_EQ(c["nodes"][0]["bytes_received"], 24);
  EXPECT_EQ(c["nodes"][0]["messages_sent"], 0);
  for (int i = 1; i < 4; ++i) {
    EXPECT_EQ(c["nodes"][i]["id"], i);
    EXPECT_EQ(c["nodes"][i]["messages_sent"], 1);
    EXPECT_EQ(c["nodes"][i]["bytes_sent"], 8);
    EXPECT_EQ(c["nodes"][i]["messages_received"], 0);
    EXPECT_EQ(c["nodes"][i]["stopped"], false);
    EXPECT_GT(c["nodes"][i]["memory_kb"].get<int64_t>(), -1);
  }
  EXPECT_EQ(c["traffic"]["messages"], 3);
  EXPECT_EQ(c["traffic"]["bytes"], 24);
  // The case's CPU time is the critical path: the slowest node.
  double slowest = 0;
  for (const auto& n : c["nodes"]) slowest = std::max(slowest, n["cpu_ms"].get<double>());
  EXPECT_DOUBLE_EQ(c["cpu_ms"].get<double>(), slowest);
  EXPECT_EQ(c["nodes"][c["critical_node"].get<int>()]["cpu_ms"].get<double>(), slowest);
}

TEST_F(Nodes, DistributedCodeJamNamesWork) {
  REQUIRE_SANDBOX();
  json j = Submit("dcj.cpp", kSumDcj, 0);
  EXPECT_EQ(j["verdict"], "AC") << j.dump(1);
}

TEST_F(Nodes, ADeadlockIsDecidedAtOnceNotAtTheWallLimit) {
  REQUIRE_SANDBOX();
  const auto start = Clock::now();
  json j = Submit("deadlock.cpp",
                  "#include \"message.h\"\nint main(){int me=node::id(),n=node::count();"
                  "node::receive((me+1)%n);node::send((me+n-1)%n,1);}\n",
                  1);
  EXPECT_EQ(j["verdict"], "RE");
  const std::string message = j["cases"][0]["message"];
  EXPECT_EQ(message.rfind("deadlock: every running node waits for a message and none is in flight (node 0 waits for node 1", 0), 0u)
      << message;
  for (const auto& n : j["cases"][0]["nodes"]) EXPECT_EQ(n["stopped"], true);
  // Two cases, each far below its 2 s wall limit (the figure includes compiling).
  EXPECT_LT(std::chrono::duration<double>(Clock::now() - start).count(), 30.0);
  EXPECT_LT(j["cases"][0]["wall_ms"].get<double>(), 1000.0);
}

TEST_F(Nodes, ACrashedNodeIsNamedAndTheOthersAreEnded) {
  REQUIRE_SANDBOX();
  std::string crash = kSum;
  crash.replace(crash.find("long long sum"), 0, "if (node::id() == 2) { volatile int* p = nullptr; *p = 1; }\n  ");
  json j = Submit("crash.cpp", crash, 1);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["cases"][0]["message"], "node 2: killed by SIGSEGV");
  EXPECT_EQ(j["cases"][0]["nodes"][2]["signal"], "SIGSEGV");
  EXPECT_EQ(j["cases"][0]["nodes"][0]["stopped"], true);  // it waited for node 2
}

TEST_F(Nodes, AFloodOfMessagesIsAnOutputLimitOnTheSender) {
  REQUIRE_SANDBOX();
  json j = Submit("flood.cpp",
                  "#include <iostream>\n#include \"message.h\"\nint main(){long long x;"
                  "while(std::cin>>x) node::send(0,x); if(node::id()==0) for(;;) node::receive();}\n",
                  1);
  // On the sample each node sends two numbers and node 0 then waits for ever: a deadlock. On
  // the big case the senders hit their limit.
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["cases"][1]["verdict"], "OLE");
  const std::string message = j["cases"][1]["message"];
  EXPECT_NE(message.find("sent more than 20 messages (the per-node limit on messages)"), std::string::npos) << message;
  uint64_t most = 0;
  for (const auto& n : j["cases"][1]["nodes"]) most = std::max<uint64_t>(most, n["messages_sent"].get<uint64_t>());
  EXPECT_EQ(most, 20u);
}

TEST_F(Nodes, TooManyBytesIsAnOutputLimit) {
  REQUIRE_SANDBOX();
  json j = Submit("bytes.cpp",
                  "#include <string>\n#include \"message.h\"\nint main(){if(node::id()==1)"
                  "node::send(0,std::string(2<<20,'x')); if(node::id()==0) node::receive(1);}\n",
                  1);
  EXPECT_EQ(j["verdict"], "OLE");
  EXPECT_EQ(j["cases"][0]["message"], "node 1 sent more than 1024.0 KiB (the per-node limit on bytes sent)");
}

TEST_F(Nodes, SendingToANodeThatDoesNotExistIsNamed) {
  REQUIRE_SANDBOX();
  json j = Submit("bad.cpp", "#include \"message.h\"\nint main(){if(node::id()==3) node::send(9,1);}\n", 1);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["cases"][0]["message"], "node 3 sent a message to node 9, which does not exist (4 nodes: 0 to 3)");
}

TEST_F(Nodes, MessagesNeverReceivedAreAnError) {
  REQUIRE_SANDBOX();
  std::string unread = kSum;
  unread.replace(unread.find("node::send(0, sum);"), 0, "node::send(0, sum); ");
  json j = Submit("unread.cpp", unread, 1);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["cases"][0]["message"], "node 0 ended without receiving 3 messages (from node 1, 2, 3)");
}

TEST_F(Nodes, ANodeThatIgnoresTheEndStillStopsAtItsLimit) {
  REQUIRE_SANDBOX();
  // Node 1 fails the case at once; node 2 never touches its channel and spins: the judge must
  // still return, with node 2 killed at its CPU limit, and the verdict is node 1's.
  json j = Submit("spin.cpp",
                  "#include \"message.h\"\nint main(){if(node::id()==1) node::send(-5,1);"
                  "if(node::id()==2){volatile unsigned long k=0;for(;;)k=k+1;}}\n",
                  1);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["cases"][0]["message"], "node 1 sent a message to node -5, which does not exist (4 nodes: 0 to 3)");
  EXPECT_GE(j["cases"][0]["nodes"][2]["cpu_ms"].get<double>(), 900.0);
}

TEST_F(Nodes, ACompileErrorInTheSolutionIsCE) {
  REQUIRE_SANDBOX();
  json j = Submit("ce.cpp", "#include \"message.h\"\nint main(){ node::sned(0, 1); }\n", 1);
  EXPECT_EQ(j["verdict"], "CE");
  EXPECT_NE(j["compile"]["log"].get<std::string>().find("ce.cpp:2"), std::string::npos) << j.dump(1);
}

TEST_F(Nodes, TestShowsEveryNodeAndTheMessageLog) {
  REQUIRE_SANDBOX();
  const fs::path file = Write("sum.cpp", kSum);
  Outcome o = Judge({"test", dir_.string(), file.string()});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  const std::string all = o.out + o.err;
  EXPECT_NE(all.find("critical path: node"), std::string::npos) << all;
  EXPECT_NE(all.find("node 1 sends 8 B to node 0"), std::string::npos) << all;
  EXPECT_NE(all.find("node 0 receives 8 B from node 1"), std::string::npos) << all;
}

TEST_F(Nodes, ListSaysDistributedAndCompareRefuses) {
  REQUIRE_SANDBOX();
  Outcome o = Judge({"compare", dir_.string(), Write("a.cpp", kSum).string(), Write("b.cpp", kSumDcj).string()});
  EXPECT_EQ(o.exit_code, 2) << o.err;
  EXPECT_NE(o.err.find("is distributed"), std::string::npos) << o.err;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new e2e::HomeEnvironment);
  return RUN_ALL_TESTS();
}
