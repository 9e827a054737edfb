// Tries to read test data and host files: relative paths up from the cwd, through the stdin
// descriptor, /proc, /etc and the absolute host paths given as arguments.
#include <fcntl.h>
#include <unistd.h>
#include "hostile.h"
long Read(const char* path, int dirfd = AT_FDCWD) {
  int fd = openat(dirfd, path, O_RDONLY);
  if (fd < 0) return -1;
  char c;
  long rc = read(fd, &c, 1);
  close(fd);
  return rc;
}
int main(int argc, char** argv) {
  Report("rel_data", Read("../data/secret/1.ans"));
  Report("rel_up", Read("../../../../../../etc/passwd"));
  Report("via_stdin", Read("../1.ans", 0));
  Report("proc_self_environ", Read("/proc/self/environ"));
  Report("proc_self_mem", Read("/proc/self/mem"));
  Report("proc_1_environ", Read("/proc/1/environ"));
  Report("proc_1_root", Read("/proc/1/root/etc/shadow"));
  Report("etc_shadow", Read("/etc/shadow"));
  Report("etc_passwd", Read("/etc/passwd"));
  Report("sys", Read("/sys/kernel/notes"));
  for (int i = 1; i < argc; ++i) {
    char key[32];
    std::snprintf(key, sizeof(key), "arg%d", i);
    Report(key, Read(argv[i]));
  }
  return 0;
}
