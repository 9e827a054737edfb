// Tries to create a file in the cwd, /, /box, /etc, /usr, /dev and /tmp.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hostile.h"
long Create(const char* path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return -1;
  long rc = write(fd, "x", 1) == 1 ? 0 : -1;
  close(fd);
  return rc;
}
int main() {
  Report("cwd", Create("hostile-cwd"));
  Report("root", Create("/hostile-root"));
  Report("box", Create("/box/hostile-box"));
  Report("etc", Create("/etc/hostile-etc"));
  Report("usr", Create("/usr/hostile-usr"));
  Report("dev", Create("/dev/hostile-dev"));
  Report("host_tmp", Create("/tmp/../hostile-up"));
  Report("tmp", Create("/tmp/hostile-tmp"));
  Report("mkdir_root", mkdir("/hostile-dir", 0755));  // the run profile refuses mkdir outright
  return 0;
}
