// Reports what the box's file system allows, one "name=result" line per probe, and leaves a
// file in /tmp so the next run can check /tmp is fresh.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
const char* TryCreate(const char* path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return strerrorname_np(errno);
  bool ok = write(fd, "x", 1) == 1;
  close(fd);
  return ok ? "ok" : "write-failed";
}
int main() {
  std::printf("uid=%d\ngid=%d\n", getuid(), getgid());
  std::printf("tmp_marker_before=%s\n", access("/tmp/marker", F_OK) == 0 ? "present" : "absent");
  std::printf("root=%s\n", TryCreate("/x"));
  std::printf("usr=%s\n", TryCreate("/usr/x"));
  std::printf("box=%s\n", TryCreate("/box/x"));
  std::printf("tmp=%s\n", TryCreate("/tmp/marker"));
  std::printf("passwd=%s\n", access("/etc/passwd", F_OK) == 0 ? "visible" : strerrorname_np(errno));
  std::printf("proc=%s\n", access("/proc/self", F_OK) == 0 ? "visible" : strerrorname_np(errno));
  char host[64] = {};
  gethostname(host, sizeof(host) - 1);
  std::printf("hostname=%s\n", host);
  return 0;
}
