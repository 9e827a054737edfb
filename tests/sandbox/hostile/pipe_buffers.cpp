// Fills many pipes with data nobody reads: kernel memory outside the heap.
#include <fcntl.h>
#include <unistd.h>
#include "hostile.h"
int main() {
  static char buf[1 << 16];
  int pipes = 0;
  for (; pipes < 100000; ++pipes) {
    int fds[2];
    if (pipe2(fds, O_NONBLOCK) != 0) break;
    while (write(fds[1], buf, sizeof(buf)) > 0) {
    }
  }
  std::printf("pipes=%d\n", pipes);
  return 0;
}
