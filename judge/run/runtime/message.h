// message.h: the message library of judge's distributed problems.
//
// A distributed problem runs your program as N nodes at once, each in its own sandbox with its
// own CPU and memory limits, each reading its own shard of the input on stdin. Nodes talk only
// through this library; every message travels through the judge, which counts it.
//
//   #include "message.h"
//
//   node::count()                  how many nodes run (the same on every node)
//   node::id()                     this node, 0 .. count()-1
//   node::send(to, value)          send a value of a trivially copyable type (int, double, a
//                                  struct of those), a std::vector of one, or a std::string
//   node::send(to, data, bytes)    send raw bytes
//   node::receive(from)            wait for the next message from node `from`, or from any node
//                                  with node::any; returns a node::Message
//   Message::from                  who sent it
//   Message::get<T>()              read the next value of type T out of the message
//   Message::get_vector<T>()       read everything left as a std::vector<T>
//   Message::get_string()          read everything left as a std::string
//   Message::done()                true when everything was read
//
// Messages between two nodes arrive in the order they were sent. send() never blocks: the
// judge buffers what is not yet received. receive() blocks; when every node still running is
// waiting in receive() and nothing is in flight, the judge ends the case with a deadlock.
//
// Distributed Code Jam's names work too: NumberOfNodes(), MyNodeId(), PutChar/PutInt/PutLL(to,
// v) then Send(to); Receive(from) (from = -1: any) returns the sender, then GetChar/GetInt/
// GetLL(from) read that sender's last received message in order.
//
// Wire protocol (the judge's side is judge/run/distributed.cpp). The channel is fd 4, a stream
// socket to the judge. The judge first writes Hello. The node writes Frame{kSend, to, n} + n
// bytes to send, and Frame{kReceive, from, 0} to ask for a message; the judge answers a receive
// with Delivery{from, n} + n bytes once one is there. EOF from the judge means the case is over
// (a deadlock, or another node failed): the library then exits at once.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace node {

constexpr int any = -1;

namespace wire {
constexpr int kChannelFd = 4;
constexpr uint32_t kSend = 1;
constexpr uint32_t kReceive = 2;
constexpr int kChannelClosedExit = 101;  // the node's exit code when the judge ended the case
struct Hello {
  int32_t id;
  int32_t count;
};
struct Frame {
  uint32_t op;
  int32_t peer;
  uint64_t bytes;
};
struct Delivery {
  int32_t from;
  uint32_t reserved;
  uint64_t bytes;
};
}  // namespace wire

namespace detail {

[[noreturn]] inline void ChannelClosed() {
  std::fprintf(stderr, "message.h: the judge ended the case (deadlock, or another node failed)\n");
  std::_Exit(wire::kChannelClosedExit);
}

inline void WriteAll(const void* data, size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = ::write(wire::kChannelFd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) ChannelClosed();
    p += w;
    n -= static_cast<size_t>(w);
  }
}

inline void ReadAll(void* data, size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t r = ::read(wire::kChannelFd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) ChannelClosed();
    p += r;
    n -= static_cast<size_t>(r);
  }
}

struct State {
  int id = -1;
  int count = 0;
};

inline State& Get() {
  static State state = [] {
    wire::Hello hello{};
    ReadAll(&hello, sizeof(hello));
    return State{hello.id, hello.count};
  }();
  return state;
}

}  // namespace detail

inline int id() { return detail::Get().id; }
inline int count() { return detail::Get().count; }

// Raw bytes to node `to`. Sending to a node that does not exist, or over the problem's
// per-node limits on messages and bytes, fails the case.
inline void send(int to, const void* data, size_t bytes) {
  detail::Get();
  const wire::Frame frame{wire::kSend, to, bytes};
  detail::WriteAll(&frame, sizeof(frame));
  if (bytes > 0) detail::WriteAll(data, bytes);
}

inline void send(int to, std::string_view text) { send(to, text.data(), text.size()); }
inline void send(int to, const std::string& text) { send(to, text.data(), text.size()); }
inline void send(int to, const char* text) { send(to, std::string_view(text)); }

template <class T>
void send(int to, const std::vector<T>& values) {
  static_assert(std::is_trivially_copyable_v<T>, "node::send: the vector's type must be trivially copyable");
  send(to, values.data(), values.size() * sizeof(T));
}

template <class T>
void send(int to, const T& value) {
  static_assert(std::is_trivially_copyable_v<T>, "node::send: the type must be trivially copyable");
  send(to, &value, sizeof(T));
}

class Message {
 public:
  int from = -1;

  Message() = default;
  Message(int sender, std::string bytes) : from(sender), data_(std::move(bytes)) {}

  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>, "Message::get: the type must be trivially copyable");
    if (data_.size() - pos_ < sizeof(T)) {
      std::fprintf(stderr, "message.h: node %d read past the end of a message from node %d\n", id(), from);
      std::abort();
    }
    T value;
    std::memcpy(&value, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }

  template <class T>
  std::vector<T> get_vector() {
    static_assert(std::is_trivially_copyable_v<T>, "Message::get_vector: the type must be trivially copyable");
    std::vector<T> values((data_.size() - pos_) / sizeof(T));
    if (!values.empty()) std::memcpy(values.data(), data_.data() + pos_, values.size() * sizeof(T));
    pos_ += values.size() * sizeof(T);
    return values;
  }

  std::string get_string() {
    std::string rest = data_.substr(pos_);
    pos_ = data_.size();
    return rest;
  }

  bool done() const { return pos_ >= data_.size(); }
  size_t size() const { return data_.size(); }
  const std::string& bytes() const { return data_; }

 private:
  std::string data_;
  size_t pos_ = 0;
};

// The next message from node `from` (node::any: from whichever node's message came first).
inline Message receive(int from = any) {
  detail::Get();
  const wire::Frame frame{wire::kReceive, from, 0};
  detail::WriteAll(&frame, sizeof(frame));
  wire::Delivery delivery{};
  detail::ReadAll(&delivery, sizeof(delivery));
  std::string bytes(delivery.bytes, '\0');
  if (!bytes.empty()) detail::ReadAll(bytes.data(), bytes.size());
  return Message(delivery.from, std::move(bytes));
}

namespace detail {
// Distributed Code Jam style: one outgoing buffer per target, one last message per source.
struct Dcj {
  std::vector<std::string> out;
  std::vector<Message> in;
  void Size() {
    if (out.empty()) {
      out.resize(static_cast<size_t>(count()));
      in.resize(static_cast<size_t>(count()));
    }
  }
};
inline Dcj& GetDcj() {
  static Dcj dcj;
  dcj.Size();
  return dcj;
}
inline Message& Last(int from) {
  if (from < 0 || from >= count()) {
    std::fprintf(stderr, "message.h: Get from node %d, which does not exist\n", from);
    std::abort();
  }
  return GetDcj().in[static_cast<size_t>(from)];
}
template <class T>
void Put(int to, T value) {
  if (to < 0 || to >= count()) {
    send(to, nullptr, 0);  // the judge names the bad target
    return;
  }
  GetDcj().out[static_cast<size_t>(to)].append(reinterpret_cast<const char*>(&value), sizeof(T));
}
}  // namespace detail

}  // namespace node

inline int NumberOfNodes() { return node::count(); }
inline int MyNodeId() { return node::id(); }
inline void PutChar(int target, char value) { node::detail::Put(target, value); }
inline void PutInt(int target, int value) { node::detail::Put(target, value); }
inline void PutLL(int target, long long value) { node::detail::Put(target, value); }
inline void Send(int target) {
  if (target < 0 || target >= node::count()) {
    node::send(target, nullptr, 0);  // the judge names the bad target
    return;
  }
  std::string& buffer = node::detail::GetDcj().out[static_cast<size_t>(target)];
  node::send(target, buffer);
  buffer.clear();
}
inline int Receive(int source) {
  node::Message m = node::receive(source);
  const int from = m.from;
  node::detail::GetDcj().in[static_cast<size_t>(from)] = std::move(m);
  return from;
}
inline char GetChar(int source) { return node::detail::Last(source).get<char>(); }
inline int GetInt(int source) { return node::detail::Last(source).get<int>(); }
inline long long GetLL(int source) { return node::detail::Last(source).get<long long>(); }
