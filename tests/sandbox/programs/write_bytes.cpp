// Writes argv[1] bytes of a repeating 'a'..'z' pattern to fd argv[2] (default 1).
#include <unistd.h>
#include <cstdlib>
int main(int argc, char** argv) {
  long long left = std::atoll(argv[1]);
  int fd = argc > 2 ? std::atoi(argv[2]) : 1;
  static char buf[1 << 16];
  for (size_t i = 0; i < sizeof(buf); ++i) buf[i] = static_cast<char>('a' + i % 26);
  while (left > 0) {
    size_t chunk = left < static_cast<long long>(sizeof(buf)) ? static_cast<size_t>(left) : sizeof(buf);
    ssize_t w = write(fd, buf, chunk);
    if (w <= 0) return 2;
    left -= w;
  }
  return 0;
}
