// chroot(): the first step of the classic chroot escape.
#include <unistd.h>
#include "hostile.h"
int main() {
  Report("chroot_escape", chroot("/tmp"));
  return 0;
}
