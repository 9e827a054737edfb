// Closes stdout and keeps writing; then reopens fd 1 on a file in /tmp and writes there.
#include <fcntl.h>
#include <unistd.h>
#include "hostile.h"
int main() {
  close(1);
  long rc = write(1, "lost\n", 5);
  int fd = open("/tmp/out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dprintf(2, "write_closed=%s\nreopen_fd=%d\n", Outcome(rc), fd);
  return 0;
}
