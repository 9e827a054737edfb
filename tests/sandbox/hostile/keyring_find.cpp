// keyctl(KEYCTL_SEARCH): look for the key an earlier run left behind.
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "hostile.h"
int main() {
  Report("keyring_find", syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_USER_KEYRING, "user", "judge-hostile", 0));
  return 0;
}
