// UniqueFd owns one file descriptor; Pipe owns both ends of a pipe. Neither retries close() on
// EINTR: on Linux the descriptor is gone either way (see fmt's os.cc and close(2) NOTES).
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <utility>

namespace sandbox {

class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.Release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    if (this != &other) Reset(other.Release());
    return *this;
  }
  ~UniqueFd() { Reset(); }

  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  explicit operator bool() const { return valid(); }
  // Gives up ownership; the caller closes.
  int Release() { return std::exchange(fd_, -1); }
  void Reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

// Both ends are O_CLOEXEC; the side handed to a child is dup2'ed onto 0/1/2 there.
struct Pipe {
  UniqueFd read;
  UniqueFd write;
  // Returns false (errno set) on failure.
  bool Open(int extra_flags = 0) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | extra_flags) != 0) return false;
    read.Reset(fds[0]);
    write.Reset(fds[1]);
    return true;
  }
};

}  // namespace sandbox
