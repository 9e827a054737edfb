// The relay of distributed problems, driven by fake nodes: threads that speak the wire
// protocol of judge/run/runtime/message.h over socketpairs. No sandbox; the end-to-end tests run
// real nodes.
#include "judge/run/distributed.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <functional>
#include <future>
#include <thread>

#include "judge/base/files.h"
#include "judge/run/runtime/message.h"

namespace judge {
namespace {

namespace fs = std::filesystem;
namespace wire = node::wire;

// One fake node: its end of the socket, and helpers that speak the protocol.
class FakeNode {
 public:
  explicit FakeNode(int fd) : fd_(fd) {}
  wire::Hello Hello() {
    wire::Hello h{};
    ReadAll(&h, sizeof(h));
    return h;
  }
  void Send(int to, std::string_view bytes) {
    const wire::Frame f{wire::kSend, to, bytes.size()};
    WriteAll(&f, sizeof(f));
    WriteAll(bytes.data(), bytes.size());
  }
  void SendHeaderOnly(int to, uint64_t bytes) {
    const wire::Frame f{wire::kSend, to, bytes};
    WriteAll(&f, sizeof(f));
  }
  void AskReceive(int from) {
    const wire::Frame f{wire::kReceive, from, 0};
    WriteAll(&f, sizeof(f));
  }
  // {sender, bytes}; sender -1 when the judge closed the channel.
  std::pair<int, std::string> Receive(int from) {
    AskReceive(from);
    wire::Delivery d{};
    if (!ReadAll(&d, sizeof(d))) return {-1, ""};
    std::string bytes(d.bytes, '\0');
    if (!ReadAll(bytes.data(), bytes.size())) return {-1, ""};
    return {d.from, bytes};
  }
  bool ClosedByJudge() {
    char c;
    return read(fd_, &c, 1) == 0;
  }

 private:
  bool ReadAll(void* p, size_t n) {
    char* c = static_cast<char*>(p);
    while (n > 0) {
      ssize_t r = read(fd_, c, n);
      if (r <= 0) return false;
      c += r;
      n -= static_cast<size_t>(r);
    }
    return true;
  }
  void WriteAll(const void* p, size_t n) {
    const char* c = static_cast<const char*>(p);
    while (n > 0) {
      ssize_t w = send(fd_, c, n, MSG_NOSIGNAL);
      if (w <= 0) return;
      c += w;
      n -= static_cast<size_t>(w);
    }
  }
  int fd_;
};

// Runs the relay over `scripts.size()` fake nodes; each script runs in its own thread and its
// socket is closed when it returns (the node "ends").
RelayResult RunFake(const std::vector<std::function<void(FakeNode&)>>& scripts, DistributedSpec spec = {},
                    uint64_t max_queued_bytes = 256ull << 20, NodeMemory* memory = nullptr) {
  spec.nodes = static_cast<int>(scripts.size());
  std::vector<int> judge_ends;
  std::vector<std::thread> threads;
  for (const auto& script : scripts) {
    int sv[2];
    EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    judge_ends.push_back(sv[0]);
    threads.emplace_back([script, fd = sv[1]] {
      FakeNode node(fd);
      script(node);
      close(fd);
    });
  }
  RelayResult r = RunRelay(judge_ends, spec, max_queued_bytes, true, memory);
  for (auto& t : threads) t.join();
  for (int fd : judge_ends) close(fd);
  return r;
}

TEST(Relay, GreetsEachNodeWithItsIdAndCount) {
  std::vector<wire::Hello> seen(3);
  std::vector<std::function<void(FakeNode&)>> scripts;
  for (int i = 0; i < 3; ++i) scripts.push_back([&seen, i](FakeNode& n) { seen[static_cast<size_t>(i)] = n.Hello(); });
  auto r = RunFake(scripts);
  EXPECT_FALSE(r.failure);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(seen[static_cast<size_t>(i)].id, i);
    EXPECT_EQ(seen[static_cast<size_t>(i)].count, 3);
  }
}

TEST(Relay, DeliversInOrderAndCountsBothSides) {
  std::vector<std::string> got;
  auto r = RunFake({[&](FakeNode& n) {
                      n.Hello();
                      for (int k = 0; k < 3; ++k) got.push_back(n.Receive(1).second);
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Send(0, "a");
                      n.Send(0, "bb");
                      n.Send(0, "ccc");
                    }});
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(got, (std::vector<std::string>{"a", "bb", "ccc"}));
  EXPECT_EQ(r.traffic[1].messages_sent, 3u);
  EXPECT_EQ(r.traffic[1].bytes_sent, 6u);
  EXPECT_EQ(r.traffic[0].messages_received, 3u);
  EXPECT_EQ(r.traffic[0].bytes_received, 6u);
  EXPECT_EQ(r.traffic[0].messages_sent, 0u);
}

TEST(Relay, ReceiveFromAnyTakesTheEarliestMessage) {
  std::vector<int> order;
  auto r = RunFake({[&](FakeNode& n) {
                      n.Hello();
                      order.push_back(n.Receive(node::any).first);
                      order.push_back(n.Receive(node::any).first);
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Receive(2);  // node 2's message to node 0 is queued before this arrives
                      n.Send(0, "late");
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Send(0, "early");
                      n.Send(1, "ready");
                    }});
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(order, (std::vector<int>{2, 1}));
}

TEST(Relay, DetectsADeadlockAtOnceAndEndsEveryNode) {
  std::vector<bool> closed(2);
  auto r = RunFake({[&](FakeNode& n) {
                      n.Hello();
                      closed[0] = n.Receive(1).first == -1;
                    },
                    [&](FakeNode& n) {
                      n.Hello();
                      closed[1] = n.Receive(0).first == -1;
                    }});
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kRuntimeError);
  EXPECT_NE(r.failure->message.find("deadlock"), std::string::npos) << r.failure->message;
  EXPECT_NE(r.failure->message.find("node 0 waits for node 1"), std::string::npos) << r.failure->message;
  EXPECT_TRUE(closed[0]);
  EXPECT_TRUE(closed[1]);
  EXPECT_TRUE(r.stopped[0]);
  EXPECT_TRUE(r.stopped[1]);
}

TEST(Relay, AWaitForANodeThatEndedIsStuckEvenWhileOthersRun) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Receive(1);
                    },
                    [](FakeNode& n) { n.Hello(); },  // ends without sending
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();  // still running (blocked in read) until the judge ends it
                    }});
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->node, 0);
  EXPECT_NE(r.failure->message.find("node 0 waits for a message from node 1, which has ended"), std::string::npos)
      << r.failure->message;
  EXPECT_TRUE(r.stopped[2]);
  EXPECT_FALSE(r.stopped[1]);
}

TEST(Relay, NamesASendToANodeThatDoesNotExist) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Send(7, "x");
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    }});
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kRuntimeError);
  EXPECT_EQ(r.failure->node, 0);
  EXPECT_EQ(r.failure->message, "node 0 sent a message to node 7, which does not exist (2 nodes: 0 to 1)");
}

// A node may send to itself (the problem library relies on it), but what waits for it counts
// against its memory limit like a peer's messages.
TEST(Relay, MessagesToOneselfCountAgainstItsMemory) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Send(0, std::string(400, 'm'));
                      EXPECT_EQ(n.Receive(0).second, std::string(400, 'm'));
                      n.Send(0, std::string(600, 'm'));
                      n.Send(0, std::string(600, 'm'));  // 1200 bytes would wait
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    }},
                   {}, 1000);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kMemoryLimit);
  EXPECT_EQ(r.failure->node, 0);
  EXPECT_EQ(r.failure->message,
            "node 0 has more than 1000 B of messages waiting for it (its memory limit; node 0 sent the last)");
  EXPECT_EQ(r.traffic[0].bytes_received, 400u);
}

// Bytes waiting for a node that does not read count against that node's memory limit, checked
// when the header announces them, before the judge buffers the payload.
TEST(Relay, MessagesWaitingForANodeCountAgainstItsMemory) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Send(1, std::string(400, 'a'));
                      n.Send(1, std::string(400, 'b'));
                      n.SendHeaderOnly(1, 400);  // would be 1200 bytes waiting
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();  // never receives
                    }},
                   {}, 1000);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kMemoryLimit);
  EXPECT_EQ(r.failure->node, 1);
  EXPECT_EQ(r.failure->message,
            "node 1 has more than 1000 B of messages waiting for it (its memory limit; node 0 sent the last)");
  EXPECT_EQ(r.traffic[0].bytes_sent, 800u);
}

// What a node's box has charged and what waits for it share its limit: 700 B charged and 400 B
// waiting are over 1000 B, though each alone is under it (issue 12: a node with 16 MiB parked
// 15 MiB in the relay and got AC).
TEST(Relay, WaitingMessagesAndTheNodesOwnMemoryShareItsLimit) {
  NodeMemory memory(2);
  memory.charged[1] = 700;
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Send(1, std::string(200, 'a'));
                      n.SendHeaderOnly(1, 200);  // 700 + 400 would be charged to node 1
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    }},
                   {}, 1000, &memory);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kMemoryLimit);
  EXPECT_EQ(r.failure->node, 1);
  EXPECT_EQ(r.failure->message,
            "node 1 went over its memory limit of 1000 B: 700 B of its own and 400 B of messages waiting for it "
            "(node 0 sent the last)");
  EXPECT_EQ(memory.held[1].load(), 200u) << "what waits is published for the node's run to count";
}

// The relay tells each node's run what waits for it, and stops counting it once received.
TEST(Relay, PublishesWhatWaitsForEachNode) {
  NodeMemory memory(2);
  uint64_t seen_waiting = 0;
  std::promise<void> looked;
  std::shared_future<void> looked_done = looked.get_future().share();
  auto r = RunFake({[&](FakeNode& n) {
                      n.Hello();
                      n.Send(1, std::string(300, 'a'));
                      n.Send(0, "x");  // frames are parsed in order: once this one is back,
                      n.Receive(0);    // the 300 bytes for node 1 were queued
                      seen_waiting = memory.held[1].load();
                      looked.set_value();
                      n.Send(1, "go");
                    },
                    [&](FakeNode& n) {
                      n.Hello();
                      // Asking before node 0 looked would hand the bytes over at once, and
                      // nothing would wait.
                      looked_done.wait_for(std::chrono::seconds(20));
                      EXPECT_EQ(n.Receive(0).second, std::string(300, 'a'));
                      EXPECT_EQ(n.Receive(0).second, "go");
                    }},
                   {}, 1000, &memory);
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(seen_waiting, 300u);
  EXPECT_EQ(memory.held[1].load(), 0u);
  EXPECT_EQ(memory.held[0].load(), 0u);
}

TEST(Relay, ReceivedMessagesNoLongerCountAgainstTheReceiver) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      for (int k = 0; k < 5; ++k) {
                        n.Send(1, std::string(600, 'a'));
                        n.Receive(1);  // its acknowledgement: the 600 bytes were received
                      }
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      for (int k = 0; k < 5; ++k) {
                        n.Receive(0);
                        n.Send(0, "ok");
                      }
                    }},
                   {}, 1000);
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(r.traffic[1].bytes_received, 3000u);
}

TEST(Relay, TheMessageLimitIsAnOutputLimit) {
  DistributedSpec spec;
  spec.max_messages = 5;
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      for (int k = 0; k < 100; ++k) n.Send(1, "x");
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    }},
                   spec);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kOutputLimit);
  EXPECT_EQ(r.failure->message, "node 0 sent more than 5 messages (the per-node limit on messages)");
  EXPECT_EQ(r.traffic[0].messages_sent, 5u);
}

TEST(Relay, TheByteLimitHoldsBeforeThePayloadArrives) {
  DistributedSpec spec;
  spec.max_send_bytes = 1000;
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Send(1, std::string(600, 'a'));
                      n.SendHeaderOnly(1, uint64_t{1} << 62);  // announces far more than it may send
                      n.ClosedByJudge();
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Receive(0);
                      n.ClosedByJudge();
                    }},
                   spec);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kOutputLimit);
  EXPECT_EQ(r.failure->node, 0);
  EXPECT_EQ(r.traffic[0].bytes_sent, 600u);
}

TEST(Relay, TheReceiveLimitFailsTheNodeEveryoneSendsTo) {
  DistributedSpec spec;
  spec.max_receive_bytes = 1000;
  // Nodes 1 and 2 each stay far below their own send limit; together they send node 0 more
  // than it may take in, as a hash shuffle does to the owner of a hot key.
  auto sender = [](FakeNode& n) {
    n.Hello();
    n.Send(0, std::string(400, 'a'));
    n.Send(0, std::string(400, 'b'));
    n.ClosedByJudge();
  };
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    },
                    sender, sender},
                   spec);
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->verdict, Verdict::kOutputLimit);
  EXPECT_EQ(r.failure->node, 0);
  EXPECT_EQ(r.failure->message, "node 0 was sent more than 1000 B (the per-node limit on bytes received)");
  EXPECT_EQ(r.traffic[1].bytes_sent + r.traffic[2].bytes_sent, 800u);  // the third message was refused
}

TEST(Relay, TrafficUpToTheReceiveLimitPasses) {
  DistributedSpec spec;
  spec.max_receive_bytes = 1000;
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.Receive(1);
                      n.Receive(1);
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Send(0, std::string(600, 'a'));
                      n.Send(0, std::string(400, 'b'));
                    }},
                   spec);
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(r.traffic[0].bytes_received, 1000u);
}

TEST(Relay, ReportsMessagesNobodyReceived) {
  auto r = RunFake({[](FakeNode& n) { n.Hello(); },
                    [](FakeNode& n) {
                      n.Hello();
                      n.Send(0, "ignored");
                      n.Send(0, "also ignored");
                    }});
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->message, "node 0 ended without receiving 2 messages (from node 1)");
}

TEST(Relay, AMessageCutShortIsAProtocolError) {
  auto r = RunFake({[](FakeNode& n) {
                      n.Hello();
                      n.SendHeaderOnly(1, 100);  // and then ends
                    },
                    [](FakeNode& n) {
                      n.Hello();
                      n.ClosedByJudge();
                    }});
  ASSERT_TRUE(r.failure);
  EXPECT_EQ(r.failure->message, "node 0 ended in the middle of sending a message");
}

TEST(Relay, MovesAMessageLargerThanTheSocketBuffers) {
  DistributedSpec spec;
  spec.max_send_bytes = 64ull << 20;
  const std::string big(24u << 20, 'z');
  std::string got;
  auto r = RunFake({[&](FakeNode& n) {
                      n.Hello();
                      got = n.Receive(1).second;
                    },
                    [&](FakeNode& n) {
                      n.Hello();
                      n.Send(0, big);
                    }},
                   spec);
  ASSERT_FALSE(r.failure) << r.failure->message;
  EXPECT_EQ(got.size(), big.size());
  EXPECT_EQ(got, big);
}

class Shards : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = TempDir::Create("shards-test");
    ASSERT_TRUE(t);
    dir_.emplace(std::move(*t));
    input_ = dir_->path() / "in";
    std::ofstream(input_) << "H\n1\n2\n3\n4\n5";  // no newline at the end
  }
  std::vector<std::string> Split(DistributedSpec spec) {
    auto shards = WriteShards(input_, spec, dir_->path());
    EXPECT_TRUE(shards);
    std::vector<std::string> out;
    for (const auto& p : *shards) out.push_back(*ReadFile(p));
    return out;
  }
  std::optional<TempDir> dir_;
  fs::path input_;
};

TEST_F(Shards, ContiguousRunsWithTheHeaderOnEveryNode) {
  DistributedSpec spec;
  spec.nodes = 3;
  spec.header_lines = 1;
  EXPECT_EQ(Split(spec), (std::vector<std::string>{"H\n1\n", "H\n2\n3\n", "H\n4\n5\n"}));
}

TEST_F(Shards, RoundRobinAndBroadcast) {
  DistributedSpec spec;
  spec.nodes = 2;
  spec.split = DistributedSpec::Split::kRoundRobin;
  EXPECT_EQ(Split(spec), (std::vector<std::string>{"H\n2\n4\n", "1\n3\n5\n"}));
  spec.split = DistributedSpec::Split::kBroadcast;
  spec.header_lines = 1;
  EXPECT_EQ(Split(spec), (std::vector<std::string>{"H\n1\n2\n3\n4\n5\n", "H\n1\n2\n3\n4\n5\n"}));
}

TEST_F(Shards, MoreNodesThanLinesLeavesSomeEmpty) {
  DistributedSpec spec;
  spec.nodes = 8;
  auto shards = Split(spec);
  size_t total = 0, empty = 0;
  for (const auto& s : shards) {
    total += s.size();
    empty += s.empty();
  }
  EXPECT_EQ(total, std::string("H\n1\n2\n3\n4\n5\n").size());
  EXPECT_EQ(empty, 2u);
}

sandbox::RunResult Exited(int code, double cpu_ms = 10) {
  sandbox::RunResult r;
  r.termination = sandbox::Termination::kExited;
  r.exit_code = code;
  r.cpu_time = std::chrono::microseconds(static_cast<int64_t>(cpu_ms * 1000));
  return r;
}

TEST(DistributedVerdict, ANodesOwnFailureIsNamedAndTheMostSevereWins) {
  DistributedRun run;
  run.nodes = {Exited(0), Exited(3), Exited(0)};
  run.nodes[2].termination = sandbox::Termination::kCpuTime;
  run.relay.traffic.resize(3);
  run.relay.stopped = {false, false, false};
  run.relay.failure = RelayFailure{Verdict::kRuntimeError, 0, "node 0 waits for a message from node 2, which has ended"};
  Limits limits;
  const RunVerdict v = DistributedVerdict(run, limits);
  EXPECT_EQ(v.verdict, Verdict::kTimeLimit);
  EXPECT_EQ(v.message.rfind("node 2: ", 0), 0u) << v.message;
}

TEST(DistributedVerdict, NodesTheJudgeStoppedDoNotCount) {
  DistributedRun run;
  run.nodes = {Exited(node::wire::kChannelClosedExit), Exited(node::wire::kChannelClosedExit)};
  run.relay.traffic.resize(2);
  run.relay.stopped = {true, true};
  run.relay.failure = RelayFailure{Verdict::kRuntimeError, -1, "deadlock: ..."};
  const RunVerdict v = DistributedVerdict(run, Limits{});
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message, "deadlock: ...");
}

TEST(DistributedVerdict, ACrashBeatsTheWaitItCaused) {
  DistributedRun run;
  run.nodes = {Exited(node::wire::kChannelClosedExit), Exited(0)};
  run.nodes[1].termination = sandbox::Termination::kSignaled;
  run.nodes[1].signal = 11;
  run.relay.traffic.resize(2);
  run.relay.stopped = {true, false};
  run.relay.failure = RelayFailure{Verdict::kRuntimeError, 0, "node 0 waits for a message from node 1, which has ended"};
  const RunVerdict v = DistributedVerdict(run, Limits{});
  EXPECT_EQ(v.verdict, Verdict::kRuntimeError);
  EXPECT_EQ(v.message.rfind("node 1: ", 0), 0u) << v.message;
}

TEST(DistributedOutput, NodeZeroOrEveryNodeInOrder) {
  DistributedRun run;
  run.nodes = {Exited(0), Exited(0)};
  run.nodes[0].stdout_data = "a\n";
  run.nodes[1].stdout_data = "b\n";
  DistributedSpec spec;
  DistributedRun copy = run;
  EXPECT_EQ(DistributedOutput(copy, spec), "a\n");
  spec.output = DistributedSpec::Output::kConcat;
  EXPECT_EQ(DistributedOutput(run, spec), "a\nb\n");
  // Moved out, not copied: the judge holds the answer once.
  EXPECT_TRUE(run.nodes[0].stdout_data.empty());
  EXPECT_TRUE(run.nodes[1].stdout_data.empty());
}

}  // namespace
}  // namespace judge
