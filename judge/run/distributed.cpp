#include "judge/run/distributed.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fstream>
#include <thread>

#include "judge/base/files.h"
#include "judge/run/runtime/message.h"
#include "sandbox/policy.h"
#include "sandbox/unique_fd.h"

namespace judge {

// message.h is compiled into solutions on its own, so it cannot include the sandbox's policy.h:
// the two must name the same descriptor.
static_assert(node::wire::kChannelFd == sandbox::kChannelFd);

namespace fs = std::filesystem;
using sandbox::UniqueFd;
namespace wire = node::wire;

namespace {

constexpr size_t kMaxLogLines = 400;

struct Message {
  int from = 0;
  uint64_t seq = 0;  // arrival order, for receive(any)
  std::string bytes;
};

// The relay's view of one node.
struct Node {
  int fd = -1;
  bool open = true;           // its socket has not reached EOF (and the relay has not closed it)
  bool waiting = false;       // it asked to receive and has not been answered
  int want = node::any;       // when waiting: the node it wants, or node::any
  std::string in;             // bytes read and not yet parsed
  std::string out;            // bytes to write to it (Hello, deliveries)
  size_t out_done = 0;
  std::vector<std::deque<Message>> queue;  // queue[from]: messages for it, not yet received
  size_t queued = 0;
  uint64_t queued_bytes = 0;  // payload bytes of those messages
  uint64_t inbound = 0;       // payload bytes the others have sent to it, received or not
};

std::string Plural(uint64_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

class Relay {
 public:
  Relay(const std::vector<int>& channels, const DistributedSpec& spec, uint64_t max_queued_bytes, bool keep_log,
        NodeMemory* memory)
      : spec_(spec),
        max_queued_bytes_(max_queued_bytes),
        keep_log_(keep_log),
        memory_(memory),
        start_(std::chrono::steady_clock::now()) {
    const size_t n = channels.size();
    nodes_.resize(n);
    result_.traffic.resize(n);
    result_.stopped.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
      Node& node = nodes_[i];
      node.fd = channels[i];
      node.queue.resize(n);
      fcntl(node.fd, F_SETFL, fcntl(node.fd, F_GETFL) | O_NONBLOCK);
      const wire::Hello hello{static_cast<int32_t>(i), static_cast<int32_t>(n)};
      node.out.append(reinterpret_cast<const char*>(&hello), sizeof(hello));
    }
  }

  RelayResult Run() {
    std::vector<pollfd> pfd(nodes_.size());
    for (;;) {
      size_t open = 0;
      for (size_t i = 0; i < nodes_.size(); ++i) {
        const Node& node = nodes_[i];
        pfd[i] = {node.open ? node.fd : -1, static_cast<short>(POLLIN | (Pending(node) ? POLLOUT : 0)), 0};
        open += node.open;
      }
      if (open == 0) break;
      if (poll(pfd.data(), pfd.size(), -1) < 0) {
        if (errno == EINTR) continue;
        Fail({Verdict::kJudgeError, -1, fmt::format("poll: {}", std::strerror(errno))});
        break;
      }
      for (size_t i = 0; i < nodes_.size(); ++i) {
        if (!nodes_[i].open) continue;
        if (pfd[i].revents & POLLOUT) Flush(static_cast<int>(i));
        if (nodes_[i].open && (pfd[i].revents & (POLLIN | POLLHUP | POLLERR))) Read(static_cast<int>(i));
      }
      Deliver();
      if (!result_.failure) CheckStuck();
    }
    if (!result_.failure) CheckUnread();
    return std::move(result_);
  }

 private:
  static bool Pending(const Node& node) { return node.out_done < node.out.size(); }

  void Log(std::string line) {
    if (!keep_log_) return;
    if (result_.log.size() == kMaxLogLines) {
      result_.log.push_back("... (the log is cut here)");
      return;
    }
    if (result_.log.size() > kMaxLogLines) return;
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    result_.log.push_back(fmt::format("{:9.3f} ms  {}", ms, line));
  }

  // The node's socket is finished with: EOF, an error, or the relay ended the case.
  void Close(int id, bool stopped) {
    Node& node = nodes_[static_cast<size_t>(id)];
    if (!node.open) return;
    node.open = false;
    if (stopped) {
      result_.stopped[static_cast<size_t>(id)] = true;
      shutdown(node.fd, SHUT_RDWR);  // the node's next read sees EOF and it exits
    } else {
      Log(fmt::format("node {} ended", id));
    }
  }

  // The first failure ends the case: every node still running gets EOF on its channel.
  void Fail(RelayFailure failure) {
    if (result_.failure) return;
    Log(fmt::format("the judge ends the case: {}", failure.message));
    result_.failure = std::move(failure);
    for (size_t i = 0; i < nodes_.size(); ++i) Close(static_cast<int>(i), true);
  }

  void Flush(int id) {
    Node& node = nodes_[static_cast<size_t>(id)];
    while (Pending(node)) {
      // MSG_NOSIGNAL: a node killed while we write to it must not take the judge down with SIGPIPE.
      ssize_t w = send(node.fd, node.out.data() + node.out_done, node.out.size() - node.out_done, MSG_NOSIGNAL);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0 && errno == EAGAIN) return;
      if (w <= 0) {  // the node is gone; its EOF comes through Read
        node.out.clear();
        node.out_done = 0;
        return;
      }
      node.out_done += static_cast<size_t>(w);
    }
    node.out.clear();
    node.out_done = 0;
  }

  void Read(int id) {
    Node& node = nodes_[static_cast<size_t>(id)];
    char buf[1 << 16];
    for (int rounds = 0; rounds < 64 && node.open; ++rounds) {
      ssize_t r = read(node.fd, buf, sizeof(buf));
      if (r < 0 && errno == EINTR) continue;
      if (r < 0 && errno == EAGAIN) return;
      if (r <= 0) {
        if (!node.in.empty() && !result_.failure)
          Fail({Verdict::kRuntimeError, id, fmt::format("node {} ended in the middle of sending a message", id)});
        Close(id, false);
        return;
      }
      node.in.append(buf, static_cast<size_t>(r));
      if (!Parse(id)) return;
      if (static_cast<size_t>(r) < sizeof(buf)) return;
    }
  }

  // Handles every complete frame in the node's input. False when the node was failed.
  bool Parse(int id) {
    Node& node = nodes_[static_cast<size_t>(id)];
    NodeTraffic& t = result_.traffic[static_cast<size_t>(id)];
    size_t pos = 0;
    const int n = static_cast<int>(nodes_.size());
    while (node.in.size() - pos >= sizeof(wire::Frame)) {
      wire::Frame frame;
      std::memcpy(&frame, node.in.data() + pos, sizeof(frame));
      if (frame.op == wire::kReceive) {
        if (node.waiting) {
          Fail({Verdict::kRuntimeError, id, fmt::format("node {} broke the message protocol (two receives at once)", id)});
          return false;
        }
        if (frame.peer != node::any && (frame.peer < 0 || frame.peer >= n)) {
          Fail({Verdict::kRuntimeError, id,
                fmt::format("node {} waits for a message from node {}, which does not exist ({} nodes: 0 to {})", id,
                            frame.peer, n, n - 1)});
          return false;
        }
        node.waiting = true;
        node.want = frame.peer;
        pos += sizeof(frame);
        continue;
      }
      if (frame.op != wire::kSend) {
        Fail({Verdict::kRuntimeError, id, fmt::format("node {} broke the message protocol (unknown request {})", id, frame.op)});
        return false;
      }
      if (frame.peer < 0 || frame.peer >= n) {
        Fail({Verdict::kRuntimeError, id,
              fmt::format("node {} sent a message to node {}, which does not exist ({} nodes: 0 to {})", id, frame.peer,
                          n, n - 1)});
        return false;
      }
      if (t.messages_sent + 1 > spec_.max_messages) {
        Fail({Verdict::kOutputLimit, id,
              fmt::format("node {} sent more than {} (the per-node limit on messages)", id,
                          Plural(spec_.max_messages, "message", "messages"))});
        return false;
      }
      if (frame.bytes > spec_.max_send_bytes - t.bytes_sent) {
        Fail({Verdict::kOutputLimit, id,
              fmt::format("node {} sent more than {} (the per-node limit on bytes sent)", id, TrafficSize(spec_.max_send_bytes))});
        return false;
      }
      // Counted when sent, not when received: the limit is on what a node is given to take in
      // (the shuffle's inbound side), whether or not it ever asks for it.
      if (frame.bytes > spec_.max_receive_bytes - nodes_[static_cast<size_t>(frame.peer)].inbound) {
        Fail({Verdict::kOutputLimit, frame.peer,
              fmt::format("node {} was sent more than {} (the per-node limit on bytes received)", frame.peer,
                          TrafficSize(spec_.max_receive_bytes))});
        return false;
      }
      // Messages waiting for a node (its own to itself included: a node may send to itself) are
      // held by the judge on its behalf and are its memory: with what its box has charged, at
      // most its memory limit, so no node parks memory in the judge.
      if (Node& to = nodes_[static_cast<size_t>(frame.peer)]; frame.bytes > max_queued_bytes_ - to.queued_bytes) {
        Fail({Verdict::kMemoryLimit, frame.peer,
              fmt::format("node {} has more than {} of messages waiting for it (its memory limit; node {} sent the "
                          "last)",
                          frame.peer, TrafficSize(max_queued_bytes_), id)});
        return false;
      } else if (const uint64_t charged = Charged(frame.peer);
                 memory_ != nullptr && charged + to.queued_bytes + frame.bytes > max_queued_bytes_) {
        Fail({Verdict::kMemoryLimit, frame.peer,
              fmt::format("node {} went over its memory limit of {}: {} of its own and {} of messages waiting for it "
                          "(node {} sent the last)",
                          frame.peer, TrafficSize(max_queued_bytes_), TrafficSize(charged),
                          TrafficSize(to.queued_bytes + frame.bytes), id)});
        return false;
      }
      if (node.in.size() - pos - sizeof(frame) < frame.bytes) break;  // the rest of the payload is still coming
      Message m;
      m.from = id;
      m.seq = next_seq_++;
      m.bytes.assign(node.in, pos + sizeof(frame), frame.bytes);
      pos += sizeof(frame) + frame.bytes;
      ++t.messages_sent;
      t.bytes_sent += frame.bytes;
      if (keep_log_) Log(fmt::format("node {} sends {} to node {}", id, TrafficSize(frame.bytes), frame.peer));
      Node& to = nodes_[static_cast<size_t>(frame.peer)];
      to.inbound += frame.bytes;
      to.queue[static_cast<size_t>(id)].push_back(std::move(m));
      ++to.queued;
      to.queued_bytes += frame.bytes;
      Publish(frame.peer, to);
    }
    node.in.erase(0, pos);
    return true;
  }

  // Answers every waiting node that has a matching message.
  void Deliver() {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      Node& node = nodes_[i];
      if (!node.open || !node.waiting || node.queued == 0) continue;
      std::deque<Message>* from = nullptr;
      if (node.want == node::any) {
        for (auto& q : node.queue)
          if (!q.empty() && (from == nullptr || q.front().seq < from->front().seq)) from = &q;
      } else if (!node.queue[static_cast<size_t>(node.want)].empty()) {
        from = &node.queue[static_cast<size_t>(node.want)];
      }
      if (from == nullptr) continue;
      Message m = std::move(from->front());
      from->pop_front();
      --node.queued;
      node.queued_bytes -= m.bytes.size();
      Publish(static_cast<int>(i), node);
      node.waiting = false;
      const wire::Delivery d{m.from, 0, m.bytes.size()};
      node.out.append(reinterpret_cast<const char*>(&d), sizeof(d));
      node.out.append(m.bytes);
      NodeTraffic& t = result_.traffic[i];
      ++t.messages_received;
      t.bytes_received += m.bytes.size();
      if (keep_log_) Log(fmt::format("node {} receives {} from node {}", i, TrafficSize(m.bytes.size()), m.from));
      Flush(static_cast<int>(i));
    }
  }

  // A wait that nothing can answer any more: one from a node that has ended, or every node
  // still running waiting with nothing queued for it.
  void CheckStuck() {
    const int n = static_cast<int>(nodes_.size());
    bool all_waiting = true;
    bool any_waiting = false;
    for (int i = 0; i < n; ++i) {
      const Node& node = nodes_[static_cast<size_t>(i)];
      if (!node.open) continue;
      if (!node.waiting) {
        all_waiting = false;
        continue;
      }
      any_waiting = true;
      if (node.want != node::any) {
        if (!nodes_[static_cast<size_t>(node.want)].open) {
          Fail({Verdict::kRuntimeError, i,
                fmt::format("node {} waits for a message from node {}, which has ended without sending it", i, node.want)});
          return;
        }
      } else {
        bool someone = false;
        for (int j = 0; j < n && !someone; ++j) someone = j != i && nodes_[static_cast<size_t>(j)].open;
        if (!someone) {
          Fail({Verdict::kRuntimeError, i,
                fmt::format("node {} waits for a message from any node, but every other node has ended", i)});
          return;
        }
      }
    }
    if (!any_waiting || !all_waiting) return;
    // A deadlock: only now is the list of waits worth writing.
    std::vector<std::string> waits;
    for (int i = 0; i < n; ++i) {
      const Node& node = nodes_[static_cast<size_t>(i)];
      if (!node.open) continue;
      waits.push_back(node.want == node::any ? fmt::format("node {} waits for any node", i)
                                             : fmt::format("node {} waits for node {}", i, node.want));
    }
    std::string list;
    for (size_t k = 0; k < waits.size() && k < 8; ++k) list += (k ? ", " : "") + waits[k];
    if (waits.size() > 8) list += fmt::format(", and {} more", waits.size() - 8);
    Fail({Verdict::kRuntimeError, waits.size() == 1 ? FirstWaiting() : -1,
          fmt::format("deadlock: every running node waits for a message and none is in flight ({})", list)});
  }

  int FirstWaiting() const {
    for (size_t i = 0; i < nodes_.size(); ++i)
      if (nodes_[i].open && nodes_[i].waiting) return static_cast<int>(i);
    return -1;
  }

  void CheckUnread() {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      const Node& node = nodes_[i];
      if (node.queued == 0) continue;
      std::string senders;
      for (size_t j = 0; j < node.queue.size(); ++j)
        if (!node.queue[j].empty()) senders += fmt::format("{}{}", senders.empty() ? "" : ", ", j);
      result_.failure = RelayFailure{Verdict::kRuntimeError, static_cast<int>(i),
                                     fmt::format("node {} ended without receiving {} (from node {})", i,
                                                 Plural(node.queued, "message", "messages"), senders)};
      return;
    }
  }

  const DistributedSpec& spec_;
  uint64_t Charged(int id) const { return memory_ ? memory_->charged[static_cast<size_t>(id)].load() : 0; }
  void Publish(int id, const Node& node) {
    if (memory_) memory_->held[static_cast<size_t>(id)].store(node.queued_bytes);
  }

  uint64_t max_queued_bytes_;
  bool keep_log_;
  NodeMemory* memory_;
  std::chrono::steady_clock::time_point start_;
  std::vector<Node> nodes_;
  RelayResult result_;
  uint64_t next_seq_ = 0;
};


}  // namespace

std::string TrafficSize(uint64_t bytes) {
  if (bytes < 10 * 1024) return fmt::format("{} B", bytes);
  if (bytes < 10 * 1024 * 1024) return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024 * 1024));
}

RelayResult RunRelay(const std::vector<int>& channels, const DistributedSpec& spec, uint64_t max_queued_bytes,
                     bool keep_log, NodeMemory* memory) {
  return Relay(channels, spec, max_queued_bytes, keep_log, memory).Run();
}

Result<std::vector<fs::path>> WriteShards(const fs::path& input, const DistributedSpec& spec, const fs::path& dir) {
  auto text = ReadFile(input);
  if (!text) return text.error();
  std::string_view all = *text;
  // Lines, each with its newline (a last line without one gets one).
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < all.size();) {
    size_t end = all.find('\n', pos);
    end = end == std::string_view::npos ? all.size() : end + 1;
    lines.push_back(all.substr(pos, end - pos));
    pos = end;
  }
  const size_t header = std::min(lines.size(), static_cast<size_t>(spec.header_lines));
  const size_t records = lines.size() - header;
  const size_t n = static_cast<size_t>(spec.nodes);
  std::vector<fs::path> shards;
  for (size_t i = 0; i < n; ++i) {
    std::string shard;
    auto add = [&](std::string_view line) {
      shard.append(line);
      if (line.empty() || line.back() != '\n') shard.push_back('\n');
    };
    for (size_t k = 0; k < header; ++k) add(lines[k]);
    switch (spec.split) {
      case DistributedSpec::Split::kContiguous:
        for (size_t k = records * i / n; k < records * (i + 1) / n; ++k) add(lines[header + k]);
        break;
      case DistributedSpec::Split::kRoundRobin:
        for (size_t k = i; k < records; k += n) add(lines[header + k]);
        break;
      case DistributedSpec::Split::kBroadcast:
        for (size_t k = 0; k < records; ++k) add(lines[header + k]);
        break;
    }
    fs::path path = dir / fmt::format("shard-{}", i);
    if (auto w = WriteFileAtomic(path, shard); !w) return w.error();
    shards.push_back(std::move(path));
  }
  return shards;
}

std::chrono::milliseconds NodeWallLimit(const Limits& limits, int nodes) {
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int share = std::max(1, (nodes + cores - 1) / cores);
  return limits.wall_time_limit * share;
}

Result<DistributedRun> RunDistributed(const std::vector<sandbox::Box*>& boxes, const sandbox::RunRequest& request,
                                      const std::vector<fs::path>& shards, const DistributedSpec& spec, bool keep_log) {
  const size_t n = boxes.size();
  if (shards.size() != n || n == 0) return MakeError(ErrorKind::kInternal, "RunDistributed: one shard per box");
  std::vector<UniqueFd> mine(n), theirs(n);
  for (size_t i = 0; i < n; ++i) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
      return MakeError(ErrorKind::kInternal, fmt::format("socketpair: {}", std::strerror(errno)));
    mine[i].Reset(sv[0]);
    theirs[i].Reset(sv[1]);
  }
  DistributedRun run;
  run.nodes.resize(n);
  NodeMemory memory(n);
  std::vector<std::optional<Error>> errors(n);
  std::vector<std::thread> threads;
  threads.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    sandbox::RunRequest r = request;
    r.stdin_path = shards[i].string();
    r.channel_fd = theirs[i].Release();  // Run owns and closes it
    // Output that is not the answer is limited like any output but never held in the judge.
    r.discard_stdout = spec.output == DistributedSpec::Output::kNode0 && i != 0;
    // Messages waiting for the node count as its memory (RunRelay).
    r.held_bytes = &memory.held[i];
    r.charged_bytes = &memory.charged[i];
    threads.emplace_back([&, i, r = std::move(r)] {
      auto result = boxes[i]->Run(r);
      if (result) {
        run.nodes[i] = std::move(*result);
      } else {
        errors[i] = result.error();
      }
    });
  }
  std::vector<int> channels;
  for (auto& fd : mine) channels.push_back(fd.get());
  run.relay = RunRelay(channels, spec, request.limits.memory_bytes, keep_log, &memory);
  for (auto& t : threads) t.join();
  for (size_t i = 0; i < n; ++i)
    if (errors[i]) return Error{errors[i]->kind, fmt::format("node {}: {}", i, errors[i]->message)};
  return run;
}

RunVerdict DistributedVerdict(const DistributedRun& run, const Limits& limits) {
  std::optional<RunVerdict> worst;
  for (size_t i = 0; i < run.nodes.size(); ++i) {
    if (run.relay.stopped[i]) continue;
    RunVerdict own = Classify(run.nodes[i], limits);
    if (own.verdict == Verdict::kAccepted) continue;
    if (!worst || Precedence(own.verdict) > Precedence(worst->verdict))
      worst = RunVerdict{own.verdict, fmt::format("node {}: {}", i, own.message)};
  }
  if (run.relay.failure && (!worst || Precedence(run.relay.failure->verdict) > Precedence(worst->verdict)))
    worst = RunVerdict{run.relay.failure->verdict, run.relay.failure->message};
  return worst ? *worst : RunVerdict{Verdict::kAccepted, ""};
}

std::string DistributedOutput(DistributedRun& run, const DistributedSpec& spec) {
  if (spec.output == DistributedSpec::Output::kNode0) return run.nodes.empty() ? "" : std::move(run.nodes[0].stdout_data);
  size_t size = 0;
  for (const auto& node : run.nodes) size += node.stdout_data.size();
  std::string all;
  all.reserve(size);
  for (auto& node : run.nodes) {
    all += node.stdout_data;
    std::string().swap(node.stdout_data);  // hold each byte once
  }
  return all;
}

}  // namespace judge
