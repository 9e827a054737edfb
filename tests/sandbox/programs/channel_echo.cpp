// Reads one line from fd 4 (the distributed-node channel, RunRequest::channel_fd) and writes it
// back upper-cased; prints "fd4=closed" and exits 3 when there is no fd 4, and lists the other
// open descriptors above 2 on stdout.
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>

int main() {
  for (int fd = 3; fd < 64; ++fd)
    if (fd != 4 && fcntl(fd, F_GETFD) >= 0) std::printf("open=%d\n", fd);
  if (fcntl(4, F_GETFD) < 0) {
    std::printf("fd4=closed\n");
    return 3;
  }
  char buf[256];
  ssize_t n = read(4, buf, sizeof(buf));
  if (n <= 0) return 4;
  for (ssize_t i = 0; i < n; ++i) buf[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(buf[i])));
  if (write(4, buf, static_cast<size_t>(n)) != n) return 5;
  std::printf("fd4=ok\n");
  return 0;
}
