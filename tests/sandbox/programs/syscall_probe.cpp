// Makes the call named by argv[1]: "socket" prints the errno it got; "ptrace", "mount" and
// "fork" should never return (the filter stops them).
#include <errno.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
int main(int, char** argv) {
  int rc = -1;
  if (std::strcmp(argv[1], "socket") == 0) rc = socket(AF_INET, SOCK_STREAM, 0);
  if (std::strcmp(argv[1], "ptrace") == 0) rc = static_cast<int>(ptrace(PTRACE_TRACEME, 0, nullptr, nullptr));
  if (std::strcmp(argv[1], "mount") == 0) rc = mount("none", "/tmp", "tmpfs", 0, nullptr);
  if (std::strcmp(argv[1], "fork") == 0) rc = fork();
  std::printf("rc=%d errno=%s\n", rc, rc < 0 ? strerrorname_np(errno) : "0");
  return 0;
}
