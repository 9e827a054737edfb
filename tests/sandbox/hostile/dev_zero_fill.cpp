// Reads /dev/zero into a growing buffer: kernel-fed memory is still charged memory.
#include <fcntl.h>
#include <unistd.h>
#include <string>
int main() {
  int fd = open("/dev/zero", O_RDONLY);
  if (fd < 0) return 3;
  std::string data;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n <= 0) return 4;
    data.append(buf, static_cast<size_t>(n));
  }
}
