// Writes one file in /tmp without end: RLIMIT_FSIZE must stop it (SIGXFSZ).
#include <fcntl.h>
#include <unistd.h>
int main() {
  static char buf[1 << 16];
  int fd = open("/tmp/grow", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 3;
  for (;;) {
    if (write(fd, buf, sizeof(buf)) < 0) return 4;
  }
}
