// Tries to pass a descriptor (its stdin) over the distributed channel (fd 4) with SCM_RIGHTS:
// the filter once allowed sendmsg on fd 3, where the child had handed over the seccomp
// listener, and fd 3 is free after exec. Moving the channel onto the fd number the filter now
// allows fails: it is above RLIMIT_NOFILE.
#include <sys/socket.h>
#include <unistd.h>
#include <cstring>
#include "hostile.h"
long SendStdin(int sock) {
  char byte = 'x';
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  int fd = 0;
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  return sendmsg(sock, &msg, 0);
}
int main() {
  Report("dup_high", dup2(4, 1023));
  Report("dup_3", dup2(4, 3));
  Report("send_3", SendStdin(3));  // the filter kills here
  return 0;
}
