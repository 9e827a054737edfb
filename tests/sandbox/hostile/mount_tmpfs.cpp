// mount a tmpfs over /tmp.
#include <sys/mount.h>
#include "hostile.h"
int main() {
  Report("mount_tmpfs", mount("none", "/tmp", "tmpfs", 0, nullptr));
  return 0;
}
