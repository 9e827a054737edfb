// The relay's frame parser (judge/run/distributed.cpp), fed what nodes write on their sockets.
// Input: byte 0 picks the node count (1-4); then chunks of [node byte][length byte][bytes], each
// written to that node's socket in order. Every node's socket is then closed and the relay runs
// to the end: it must return (never hang or crash), and what it counted must add up.
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

#include "fuzz_util.h"
#include "judge/run/distributed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int n = 1 + data[0] % 4;
  std::vector<int> judge_ends, node_ends;
  for (int i = 0; i < n; ++i) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) fuzz::Fail("socketpair");
    judge_ends.push_back(sv[0]);
    node_ends.push_back(sv[1]);
  }
  // Inputs are at most a few KiB (-max_len), far below a socket's buffer: writes never block.
  for (size_t k = 1; k + 2 <= size;) {
    const int node = data[k] % n;
    const size_t length = std::min<size_t>(data[k + 1], size - k - 2);
    if (length > 0 && write(node_ends[static_cast<size_t>(node)], data + k + 2, length) != static_cast<ssize_t>(length))
      fuzz::Fail("write to a node socket");
    k += 2 + length;
  }
  for (int fd : node_ends) close(fd);
  judge::DistributedSpec spec;
  spec.nodes = n;
  spec.max_messages = 16;
  spec.max_send_bytes = 1024;
  const judge::RelayResult r = judge::RunRelay(judge_ends, spec, 512, false);
  for (int fd : judge_ends) close(fd);
  uint64_t sent = 0, received = 0;
  for (const auto& t : r.traffic) {
    if (t.messages_sent > spec.max_messages || t.bytes_sent > spec.max_send_bytes) fuzz::Fail("a send limit was passed");
    sent += t.bytes_sent;
    received += t.bytes_received;
  }
  if (received > sent) fuzz::Fail("more bytes received than sent");
  if (r.failure && (r.failure->message.empty() || r.failure->node >= n)) fuzz::Fail("a failure without a message or node");
  return 0;
}
