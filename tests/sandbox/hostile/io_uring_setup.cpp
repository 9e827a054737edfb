// io_uring_setup: a second kernel interface for I/O that bypasses per-syscall filtering.
#include <linux/io_uring.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "hostile.h"
long Setup() {
  io_uring_params params{};
  return syscall(SYS_io_uring_setup, 8, &params);
}
int main() {
  Report("io_uring_setup", Setup());
  return 0;
}
