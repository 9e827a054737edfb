// mknod() of a device node in /tmp: a second door to /dev/mem or a disk.
#include <sys/sysmacros.h>
#include <sys/stat.h>
#include <unistd.h>
#include "hostile.h"
int main() {
  Report("mknod", mknod("/tmp/null2", S_IFCHR | 0666, makedev(1, 3)));
  return 0;
}
