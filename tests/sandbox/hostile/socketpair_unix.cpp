// An AF_UNIX socketpair: no network, but still a socket.
#include <sys/socket.h>
#include "hostile.h"
int main() {
  int sv[2];
  Report("socketpair", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
  return 0;
}
