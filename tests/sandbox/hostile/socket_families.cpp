// socket() in every family an escape could use.
#include <linux/netlink.h>
#include <sys/socket.h>
#include "hostile.h"
#ifndef AF_VSOCK
#define AF_VSOCK 40
#endif
int main() {
  Report("inet", socket(AF_INET, SOCK_STREAM, 0));
  Report("inet6", socket(AF_INET6, SOCK_DGRAM, 0));
  Report("unix", socket(AF_UNIX, SOCK_STREAM, 0));
  Report("netlink", socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE));
  Report("packet", socket(AF_PACKET, SOCK_RAW, 0));
  Report("vsock", socket(AF_VSOCK, SOCK_STREAM, 0));
  return 0;
}
