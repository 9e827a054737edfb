// Distributed problems (kind = "distributed"): one solution runs as N nodes at once, each in
// its own box with the problem's per-node limits, each reading its shard of the case's input
// on stdin. Nodes talk only through the judge over one stream socket each (fd 4 in the node;
// the node side is judge/run/runtime/message.h, which documents the wire protocol):
//
//   node 0 ──socket── ┐
//   node 1 ──socket── ┼── Relay (this process): queues, counts, enforces limits, detects deadlock
//   node 2 ──socket── ┘
//
// Pull model: a node asks to receive (from one node or any) and the relay answers once a
// matching message is queued. So the relay always knows which nodes are blocked and what is
// in flight: when every node still running waits and nothing it waits for can come, the case
// is a deadlock, decided at once rather than at a wall-clock timeout. The counts come from
// what the relay itself moved; a node cannot forge them.
#pragma once
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/packages/problem.h"
#include "judge/run/verdict.h"
#include "sandbox/sandbox.h"

namespace judge {

// The node library (judge/run/runtime/message.h), compiled into the judge: every distributed
// solution is compiled with it as "message.h".
extern const char* const kMessageHeader;

struct NodeTraffic {
  uint64_t messages_sent = 0;
  uint64_t bytes_sent = 0;
  uint64_t messages_received = 0;
  uint64_t bytes_received = 0;
};

// What the relay decided on its own: a node broke the protocol or its limits, or the nodes
// deadlocked. `node` is the node to blame (-1: all of them, a deadlock among several).
struct RelayFailure {
  Verdict verdict = Verdict::kRuntimeError;
  int node = -1;
  std::string message;
};

struct RelayResult {
  std::vector<NodeTraffic> traffic;
  std::vector<bool> stopped;            // the relay closed this node's channel while it ran
  std::optional<RelayFailure> failure;  // the first one; the relay stops relaying after it
  std::vector<std::string> log;         // with keep_log: one line per event, capped
};

// The memory each node's box has charged (published by its run, sandbox::RunRequest's
// charged_bytes) and the bytes the relay holds for it (read by its run, held_bytes); index =
// node id. Optional: without it only the relay's own cap applies.
struct NodeMemory {
  explicit NodeMemory(size_t nodes) : charged(nodes), held(nodes) {}
  std::vector<std::atomic<uint64_t>> charged;
  std::vector<std::atomic<uint64_t>> held;
};

// Runs the relay over the judge's ends of the nodes' sockets (index = node id) until every
// node has closed its end. Writes each node's Hello first. Owns nothing; closes nothing.
// Its rule besides the spec's send limits: messages waiting for a node (its own to itself
// included) are the node's memory. With `memory`, what its box has charged plus what waits
// for it may not exceed `max_queued_bytes` (the per-node memory limit), checked here when a
// message arrives and by the node's run at every tick; without it, what waits alone may not.
// More is MLE of that node. So the judge holds at most nodes x max_queued_bytes of messages.
RelayResult RunRelay(const std::vector<int>& channels, const DistributedSpec& spec, uint64_t max_queued_bytes,
                     bool keep_log, NodeMemory* memory = nullptr);

struct DistributedRun {
  std::vector<sandbox::RunResult> nodes;  // index = node id
  RelayResult relay;
};

// Splits `input` into spec.nodes shard files shard-<i> in `dir` (see DistributedSpec::Split).
Result<std::vector<std::filesystem::path>> WriteShards(const std::filesystem::path& input, const DistributedSpec& spec,
                                                       const std::filesystem::path& dir);

// Runs one case: node i runs `request` (argv, limits) in boxes[i] with stdin = shards[i] and
// its channel. Returns when every node has ended. Errors only when the judge itself fails (a
// socket, a thread, a dead box).
Result<DistributedRun> RunDistributed(const std::vector<sandbox::Box*>& boxes, const sandbox::RunRequest& request,
                                      const std::vector<std::filesystem::path>& shards, const DistributedSpec& spec,
                                      bool keep_log);

// The case's verdict before the checker: the most severe of each node's own verdict (nodes the
// relay stopped excepted: their end is a consequence) and the relay's failure, in the
// contract's order; on a tie a node's own failure first, then the lowest id. Messages name the
// node: "node 2: killed by SIGSEGV".
RunVerdict DistributedVerdict(const DistributedRun& run, const Limits& limits);

// An amount of traffic for people: "24 B", "1024.0 KiB", "16.0 MiB" (relay messages, reports).
std::string TrafficSize(uint64_t bytes);

// The answer to check: node 0's stdout, or every node's in id order. Moves it out of the nodes'
// results (their stdout_data is empty afterwards), so the judge holds each byte once.
std::string DistributedOutput(DistributedRun& run, const DistributedSpec& spec);

// The wall limit of each node: the problem's, stretched when there are more nodes than cores
// (they share them).
std::chrono::milliseconds NodeWallLimit(const Limits& limits, int nodes);

}  // namespace judge
